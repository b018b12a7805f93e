// The database schema: reference geography (provinces, communes, settlements) and the
// five infrastructure layers. Geometries are EPSG:4326, valid, inside NC_EXTENT, GiST-indexed.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { geometry, NC_EXTENT } from './geometry.ts';

export const provinceCode = pgEnum('province_code', ['SUD', 'NORD', 'ILES']);
export const boundarySource = pgEnum('boundary_source', ['approximate', 'official']);
export const settlementKind = pgEnum('settlement_kind', ['town', 'village', 'tribu']);
export const fibreZoneStatus = pgEnum('fibre_zone_status', ['planned', 'studies', 'works', 'deployed']);
export const fibreCableStatus = pgEnum('fibre_cable_status', ['planned', 'deployed']);
export const fibreCableKind = pgEnum('fibre_cable_kind', ['backbone', 'distribution']);
export const mobileTechnology = pgEnum('mobile_technology', ['2g', '3g', '4g', '5g']);
export const coverageLevel = pgEnum('coverage_level', ['good', 'fair']);
export const mobileSiteStatus = pgEnum('mobile_site_status', ['on-air', 'planned']);
export const poBoxStatus = pgEnum('po_box_status', ['planned', 'installed']);
export const wifiStatus = pgEnum('wifi_status', ['active', 'maintenance', 'planned']);
export const schoolLevel = pgEnum('school_level', ['primary', 'secondary', 'higher']);
export const projectKind = pgEnum('project_kind', [
  'fibre_works',
  'mobile_site',
  'po_box_block',
  'wifi_terminal',
  'school_connection',
  'power',
  'water',
  'roads',
  'other',
]);
export const projectStatus = pgEnum('project_status', [
  'planned',
  'studies',
  'works',
  'done',
  'delayed',
  'cancelled',
]);
export const schoolConnection = pgEnum('school_connection', ['fibre', 'dsl', '4g', 'satellite', 'none']);

/** Where a row comes from: the seeded generator ('sample'), or an import. */
const source = () => text('source').notNull().default('sample');
const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
/** Rows people edit carry a version, raised by the database on every update (the ETag, issue 10). */
const versioned = () => ({ version: integer('version').notNull().default(1) });
const communeRef = () =>
  text('commune_insee')
    .notNull()
    .references(() => communes.insee, { onUpdate: 'cascade' });

const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;
/** Each geometry is valid and inside the territory's bounding box. */
const geomChecks = (table: string, geom: AnyPgColumn) => [
  check(`${table}_geom_valid`, sql`ST_IsValid(${geom})`),
  check(
    `${table}_geom_in_nc`,
    sql`ST_Within(${geom}, ST_MakeEnvelope(${sql.raw(`${minLon}, ${minLat}, ${maxLon}, ${maxLat}`)}, 4326))`,
  ),
  index(`${table}_geom_idx`).using('gist', geom),
];

export const provinces = pgTable(
  'provinces',
  {
    code: provinceCode('code').primaryKey(),
    name: text('name').notNull(),
    population2019: integer('population_2019').notNull(),
    geom: geometry('MultiPolygon')('geom').notNull(),
    ...timestamps(),
  },
  (t) => [
    check('provinces_population_ck', sql`${t.population2019} >= 0`),
    ...geomChecks('provinces', t.geom),
  ],
);

export const communes = pgTable(
  'communes',
  {
    insee: text('insee').primaryKey(),
    name: text('name').notNull().unique(),
    province: provinceCode('province')
      .notNull()
      .references(() => provinces.code),
    postalCode: text('postal_code').notNull(),
    population2019: integer('population_2019').notNull(),
    boundarySource: boundarySource('boundary_source').notNull().default('approximate'),
    town: geometry('Point')('town').notNull(),
    geom: geometry('MultiPolygon')('geom').notNull(),
    ...timestamps(),
  },
  (t) => [
    check('communes_insee_ck', sql`${t.insee} ~ '^988[0-9]{2}$'`),
    check('communes_postal_code_ck', sql`${t.postalCode} ~ '^988[0-9]{2}$'`),
    check('communes_population_ck', sql`${t.population2019} >= 0`),
    ...geomChecks('communes', t.geom),
  ],
);

export const settlements = pgTable(
  'settlements',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: settlementKind('kind').notNull(),
    communeInsee: communeRef(),
    population: integer('population').notNull(),
    geom: geometry('Point')('geom').notNull(),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('settlements_population_ck', sql`${t.population} >= 0`),
    index('settlements_commune_idx').on(t.communeInsee),
    ...geomChecks('settlements', t.geom),
  ],
);

export const fibreZones = pgTable(
  'fibre_zones',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    communeInsee: communeRef(),
    status: fibreZoneStatus('status').notNull(),
    plannedYear: integer('planned_year').notNull(),
    deployedOn: date('deployed_on'),
    premisesPassed: integer('premises_passed').notNull(),
    geom: geometry('MultiPolygon')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    check('fibre_zones_year_ck', sql`${t.plannedYear} BETWEEN 2010 AND 2040`),
    check('fibre_zones_premises_ck', sql`${t.premisesPassed} >= 0`),
    check('fibre_zones_deployed_ck', sql`(${t.status} = 'deployed') = (${t.deployedOn} IS NOT NULL)`),
    index('fibre_zones_commune_idx').on(t.communeInsee),
    ...geomChecks('fibre_zones', t.geom),
  ],
);

export const fibreCables = pgTable(
  'fibre_cables',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    communeInsee: communeRef(),
    kind: fibreCableKind('kind').notNull(),
    status: fibreCableStatus('status').notNull(),
    lengthM: integer('length_m').notNull(),
    geom: geometry('LineString')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    check('fibre_cables_length_ck', sql`${t.lengthM} >= 0`),
    index('fibre_cables_commune_idx').on(t.communeInsee),
    ...geomChecks('fibre_cables', t.geom),
  ],
);

export const mobileCoverage = pgTable(
  'mobile_coverage',
  {
    id: serial('id').primaryKey(),
    communeInsee: communeRef(),
    technology: mobileTechnology('technology').notNull(),
    level: coverageLevel('level').notNull(),
    geom: geometry('MultiPolygon')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [index('mobile_coverage_commune_idx').on(t.communeInsee), ...geomChecks('mobile_coverage', t.geom)],
);

export const mobileSites = pgTable(
  'mobile_sites',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    communeInsee: communeRef(),
    technologies: mobileTechnology('technologies').array().notNull(),
    status: mobileSiteStatus('status').notNull(),
    geom: geometry('Point')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    check('mobile_sites_technologies_ck', sql`cardinality(${t.technologies}) > 0`),
    index('mobile_sites_commune_idx').on(t.communeInsee),
    ...geomChecks('mobile_sites', t.geom),
  ],
);

export const poBoxBlocks = pgTable(
  'po_box_blocks',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    communeInsee: communeRef(),
    boxes: integer('boxes').notNull(),
    boxesInUse: integer('boxes_in_use').notNull(),
    status: poBoxStatus('status').notNull(),
    installedOn: date('installed_on'),
    geom: geometry('Point')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    check('po_box_blocks_boxes_ck', sql`${t.boxes} > 0 AND ${t.boxesInUse} BETWEEN 0 AND ${t.boxes}`),
    check('po_box_blocks_installed_ck', sql`(${t.status} = 'installed') = (${t.installedOn} IS NOT NULL)`),
    index('po_box_blocks_commune_idx').on(t.communeInsee),
    ...geomChecks('po_box_blocks', t.geom),
  ],
);

export const wifiTerminals = pgTable(
  'wifi_terminals',
  {
    id: serial('id').primaryKey(),
    siteName: text('site_name').notNull(),
    communeInsee: communeRef(),
    status: wifiStatus('status').notNull(),
    openingHours: text('opening_hours').notNull(),
    inServiceSince: date('in_service_since'),
    geom: geometry('Point')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    check('wifi_terminals_service_ck', sql`(${t.status} = 'planned') = (${t.inServiceSince} IS NULL)`),
    index('wifi_terminals_commune_idx').on(t.communeInsee),
    ...geomChecks('wifi_terminals', t.geom),
  ],
);

export const schools = pgTable(
  'schools',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    communeInsee: communeRef(),
    level: schoolLevel('level').notNull(),
    pupils: integer('pupils').notNull(),
    connection: schoolConnection('connection').notNull(),
    connectedOn: date('connected_on'),
    geom: geometry('Point')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    check('schools_pupils_ck', sql`${t.pupils} >= 0`),
    check('schools_connected_ck', sql`(${t.connection} = 'none') = (${t.connectedOn} IS NULL)`),
    index('schools_commune_idx').on(t.communeInsee),
    ...geomChecks('schools', t.geom),
  ],
);

/** Layers a project can build a feature of (issue #4): the catalogue ids of /api/layers. */
export const projectLayers = [
  'fibre-zones',
  'fibre-cables',
  'mobile-sites',
  'po-boxes',
  'wifi-terminals',
  'schools',
] as const;

/**
 * Works in a commune, the operator's and other utilities', with their schedule planned and
 * actual. A project may name the layer feature it builds (layer id + feature id).
 */
export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    communeInsee: communeRef(),
    kind: projectKind('kind').notNull(),
    organisation: text('organisation').notNull(),
    status: projectStatus('status').notNull(),
    plannedStart: date('planned_start').notNull(),
    plannedEnd: date('planned_end').notNull(),
    actualStart: date('actual_start'),
    actualEnd: date('actual_end'),
    slippageReason: text('slippage_reason'),
    layerId: text('layer_id'),
    featureId: integer('feature_id'),
    publicNotes: text('public_notes').notNull().default(''),
    geom: geometry('Geometry')('geom').notNull(),
    source: source(),
    ...timestamps(),
    ...versioned(),
  },
  (t) => [
    check('projects_planned_period_ck', sql`${t.plannedEnd} >= ${t.plannedStart}`),
    check(
      'projects_actual_period_ck',
      sql`${t.actualEnd} IS NULL OR (${t.actualStart} IS NOT NULL AND ${t.actualEnd} >= ${t.actualStart})`,
    ),
    check('projects_done_ck', sql`(${t.status} = 'done') = (${t.actualEnd} IS NOT NULL)`),
    check(
      'projects_delayed_reason_ck',
      sql`${t.status} <> 'delayed' OR coalesce(${t.slippageReason}, '') <> ''`,
    ),
    check('projects_link_ck', sql`(${t.layerId} IS NULL) = (${t.featureId} IS NULL)`),
    check(
      'projects_layer_ck',
      sql`${t.layerId} IS NULL OR ${t.layerId} IN (${sql.raw(projectLayers.map((l) => `'${l}'`).join(', '))})`,
    ),
    check(
      'projects_geom_type_ck',
      sql`GeometryType(${t.geom}) IN ('POINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON')`,
    ),
    index('projects_commune_idx').on(t.communeInsee),
    ...geomChecks('projects', t.geom),
  ],
);

/** The day the data stands at (one row; NULL: kept up to date, today). See migration 0009. */
export const dataset = pgTable(
  'dataset',
  {
    onlyRow: boolean('only_row').primaryKey().default(true),
    asOf: date('as_of'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [check('dataset_one_row_ck', sql`${t.onlyRow}`)],
);

/** One counter per table, raised by every statement that writes it (migration 0014): ETags. */
export const dataVersions = pgTable('data_versions', {
  tableName: text('table_name').primaryKey(),
  version: bigint('version', { mode: 'number' }).default(1).notNull(),
});

/** A layer's geometries simplified for a zoom band, rebuilt when behind its table's version (0014). */
export const generalisedGeometries = pgTable(
  'generalised_geometries',
  {
    tableName: text('table_name').notNull(),
    zoom: smallint('zoom').notNull(),
    id: integer('id').notNull(),
    geom: geometry('Geometry')('geom').notNull(),
  },
  (t) => [primaryKey({ name: 'generalised_geometries_pk', columns: [t.tableName, t.zoom, t.id] })],
);

/** The data version each generalised band was built from (0014). */
export const generalisedVersions = pgTable(
  'generalised_versions',
  {
    tableName: text('table_name').notNull(),
    zoom: smallint('zoom').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ name: 'generalised_versions_pk', columns: [t.tableName, t.zoom] })],
);

/** Who may write what (issue 10): admins manage accounts, planners edit everything, communes their own. */
export const accountRole = pgEnum('account_role', ['admin', 'planner', 'commune']);

/** People who sign in. The email is stored lower-cased; the password only as a slow hash. */
export const accounts = pgTable(
  'accounts',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: accountRole('role').notNull(),
    communeInsee: text('commune_insee').references(() => communes.insee, { onUpdate: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('accounts_email_idx').on(t.email),
    check('accounts_email_ck', sql`${t.email} = lower(${t.email}) AND ${t.email} LIKE '%_@_%'`),
    check('accounts_commune_ck', sql`(${t.role} = 'commune') = (${t.communeInsee} IS NOT NULL)`),
  ],
);

/** Signed-in sessions: only a hash of the cookie's token is kept; revocable, expiring. */
export const sessions = pgTable(
  'sessions',
  {
    id: serial('id').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    address: text('address'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_idx').on(t.tokenHash), index('sessions_account_idx').on(t.accountId)],
);

/** API tokens of an account (QGIS, GDAL, scripts): only the SHA-256 is kept; shown once, revocable. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_tokens_token_idx').on(t.tokenHash),
    index('api_tokens_account_idx').on(t.accountId),
    check('api_tokens_name_ck', sql`length(${t.name}) BETWEEN 1 AND 80`),
  ],
);

/** Every sign-in attempt, for the limits per account and per address (any instance sees them all). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    address: text('address').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.email, t.at),
    index('login_attempts_address_idx').on(t.address, t.at),
  ],
);

/**
 * Every create, update and delete of an edited row, written by a trigger in the same transaction
 * (migration 0010), whoever writes: who (the session's account, when there is one), by which path,
 * and the row before and after as a GeoJSON Feature.
 */
/**
 * Each import of a file (issue 11): who, when, which file (name and SHA-256), into what, in which
 * coordinate system, and what it did. Its changes are the history rows that name it.
 */
export const imports = pgTable(
  'imports',
  {
    id: serial('id').primaryKey(),
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    target: text('target').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    format: text('format').notNull(),
    crs: text('crs').notNull(),
    via: text('via').notNull(),
    read: integer('read').notNull(),
    added: integer('added').notNull(),
    updated: integer('updated').notNull(),
    unchanged: integer('unchanged').notNull(),
    rejected: integer('rejected').notNull(),
    repaired: integer('repaired').notNull(),
    /** When the import was undone, and by whom (its changes reversed, in the history too). */
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: integer('undone_by').references(() => accounts.id, { onDelete: 'set null' }),
  },
  (t) => [check('imports_sha256_ck', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`), index('imports_at_idx').on(t.at)],
);

export const featureHistory = pgTable(
  'feature_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tableName: text('table_name').notNull(),
    featureId: integer('feature_id').notNull(),
    operation: text('operation').notNull(),
    version: integer('version').notNull(),
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    via: text('via').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    before: jsonb('before'),
    after: jsonb('after'),
    /** The import that made this change, when one did (issue 11): an import is reviewed by it. */
    importId: integer('import_id').references(() => imports.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('feature_history_import_idx').on(t.importId),
    check('feature_history_operation_ck', sql`${t.operation} IN ('create', 'update', 'delete')`),
    index('feature_history_feature_idx').on(t.tableName, t.featureId, t.id),
    // The changes of one transaction (its `at` is the transaction's start), for the incremental
    // refresh of the place coverage after an edit (migration 0012).
    index('feature_history_at_idx').on(t.at),
  ],
);

/** Where a request stands (issue 10, item 6). */
export const requestStatus = pgEnum('request_status', ['new', 'acknowledged', 'planned', 'done', 'rejected']);

/**
 * Requests from communes and the public about a place or a feature ("our tribu has no 4G", "this
 * terminal is out of order"), answered by planners. The commune is the one whose area holds the place.
 */
export const requests = pgTable(
  'requests',
  {
    id: serial('id').primaryKey(),
    communeInsee: communeRef(),
    geom: geometry('Point')('geom').notNull(),
    layerId: text('layer_id'),
    featureId: integer('feature_id'),
    body: text('body').notNull(),
    status: requestStatus('status').notNull().default('new'),
    answer: text('answer'),
    accountId: integer('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredBy: integer('answered_by').references(() => accounts.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    check('requests_body_ck', sql`length(${t.body}) BETWEEN 1 AND 2000`),
    check('requests_link_ck', sql`(${t.layerId} IS NULL) = (${t.featureId} IS NULL)`),
    index('requests_commune_idx').on(t.communeInsee, t.status),
    index('requests_address_idx').on(t.address, t.createdAt),
    ...geomChecks('requests', t.geom),
  ],
);

/** Comments of commune and planner accounts on a project or a layer feature. */
export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    layerId: text('layer_id').notNull(),
    featureId: integer('feature_id').notNull(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('comments_body_ck', sql`length(${t.body}) BETWEEN 1 AND 2000`),
    index('comments_target_idx').on(t.layerId, t.featureId, t.id),
  ],
);
