// The layer catalogue: which tables the map can show, their attributes in plain words (FR/EN),
// and the legend each is styled by. Enum values come from the schema so they cannot drift.
import * as schema from '../../db/schema.ts';

export interface Localized {
  fr: string;
  en: string;
}
export type AttributeType = 'text' | 'integer' | 'date' | 'enum' | 'list';
export interface AttributeDef {
  /** Property name in the GeoJSON, camelCase. */
  name: string;
  /** SQL expression over the layer's table aliased `t`. Constant, never user input. */
  sql: string;
  label: Localized;
  type: AttributeType;
  values?: { value: string; label: Localized }[];
}
export interface LegendItem {
  value: string;
  label: Localized;
  color: string;
}
export interface LayerDef {
  id: string;
  group: 'reference' | 'fibre' | 'mobile' | 'postal' | 'wifi' | 'schools';
  table: string;
  title: Localized;
  geometryType: 'Point' | 'LineString' | 'MultiPolygon';
  attributes: AttributeDef[];
  legend: { property: string; items: LegendItem[] };
  /** Query parameters that filter on an enum attribute: parameter → attribute (property) name. */
  filters: Record<string, string>;
}

type Palette = Record<string, [fr: string, en: string, color: string]>;

/** The GeoJSON property of a column: camelCase, like every field of the API (issue 9). */
export const propertyName = (column: string) =>
  column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function enumAttr(
  column: string,
  label: Localized,
  allowed: readonly string[],
  palette: Palette,
): AttributeDef {
  return {
    name: propertyName(column),
    sql: `t.${column}::text`,
    label,
    type: 'enum',
    values: allowed.map((value) => {
      const [fr, en] = palette[value] ?? [value, value];
      return { value, label: { fr, en } };
    }),
  };
}
const legendOf = (attr: AttributeDef, palette: Palette) => ({
  property: attr.name,
  items: (attr.values ?? []).map((v) => ({ ...v, color: palette[v.value]?.[2] ?? '#888888' })),
});
const text = (column: string, fr: string, en: string): AttributeDef => ({
  name: propertyName(column),
  sql: `t.${column}`,
  label: { fr, en },
  type: 'text',
});
const integer = (column: string, fr: string, en: string): AttributeDef => ({
  name: propertyName(column),
  sql: `t.${column}`,
  label: { fr, en },
  type: 'integer',
});
const day = (column: string, fr: string, en: string): AttributeDef => ({
  name: propertyName(column),
  sql: `to_char(t.${column}, 'YYYY-MM-DD')`,
  label: { fr, en },
  type: 'date',
});
const STATUS = { fr: 'Statut', en: 'Status' };

// Colours (issue #9, item 6): each point layer in its own hue (Wi-Fi blue, PO boxes amber, mobile
// purple, schools by connection), planned things grey everywhere; provinces in three light tints of
// Paul Tol's colour-blind-safe "light" scheme, far from the sea and from the data drawn over them.
const palettes = {
  province: {
    SUD: ['Province Sud', 'South Province', '#eedd88'],
    NORD: ['Province Nord', 'North Province', '#77aadd'],
    ILES: ['Province des Îles Loyauté', 'Loyalty Islands Province', '#ffaabb'],
  },
  boundary: {
    approximate: ['Approximative (dérivée)', 'Approximate (derived)', '#999999'],
    official: ['Officielle', 'Official', '#333333'],
  },
  settlement: {
    town: ['Chef-lieu', 'Main town', '#222222'],
    village: ['Village', 'Village', '#5f5f5f'],
    tribu: ['Tribu', 'Tribu (customary village)', '#8c510a'],
  },
  fibreZone: {
    deployed: ['Déployée', 'Deployed', '#1b9e77'],
    works: ['En travaux', 'Works under way', '#d95f02'],
    studies: ['En études', 'In studies', '#7570b3'],
    planned: ['Prévue', 'Planned', '#a0a0a0'],
  },
  cable: {
    deployed: ['Déployé', 'Deployed', '#08519c'],
    planned: ['Prévu', 'Planned', '#9ecae1'],
  },
  cableKind: {
    backbone: ['Dorsale', 'Backbone', '#08519c'],
    distribution: ['Distribution', 'Distribution', '#3182bd'],
  },
  technology: {
    // Brewer's PuOr, colour-blind safe: older technologies orange, newer purple, so 3G and 4G differ in hue.
    '2g': ['2G', '2G', '#fdb863'],
    '3g': ['3G', '3G', '#e08214'],
    '4g': ['4G', '4G', '#6a51a3'],
    '5g': ['5G', '5G', '#2d004b'],
  },
  coverageLevel: {
    good: ['Bonne (intérieur)', 'Good (indoors)', '#000000'],
    fair: ['Limitée (extérieur)', 'Limited (outdoors)', '#000000'],
  },
  site: {
    'on-air': ['En service', 'On air', '#6a51a3'],
    planned: ['Prévu', 'Planned', '#a0a0a0'],
  },
  poBox: {
    installed: ['Installé', 'Installed', '#c47900'],
    planned: ['Prévu', 'Planned', '#a0a0a0'],
  },
  wifi: {
    active: ['En service', 'Active', '#0072b2'],
    maintenance: ['En maintenance', 'Under maintenance', '#56b4e9'],
    planned: ['Prévue', 'Planned', '#a0a0a0'],
  },
  schoolLevel: {
    primary: ['Primaire', 'Primary', '#000000'],
    secondary: ['Secondaire', 'Secondary', '#000000'],
    higher: ['Supérieur', 'Higher education', '#000000'],
  },
  connection: {
    fibre: ['Fibre', 'Fibre', '#00734d'],
    dsl: ['ADSL', 'DSL', '#66a61e'],
    '4g': ['4G', '4G', '#7570b3'],
    satellite: ['Satellite', 'Satellite', '#e7298a'],
    none: ['Non connectée', 'Not connected', '#d73027'],
  },
} satisfies Record<string, Palette>;

const province = enumAttr(
  'province',
  { fr: 'Province', en: 'Province' },
  schema.provinceCode.enumValues,
  palettes.province,
);
const settlementKind = enumAttr(
  'kind',
  { fr: 'Type', en: 'Kind' },
  schema.settlementKind.enumValues,
  palettes.settlement,
);
const zoneStatus = enumAttr('status', STATUS, schema.fibreZoneStatus.enumValues, palettes.fibreZone);
const cableStatus = enumAttr('status', STATUS, schema.fibreCableStatus.enumValues, palettes.cable);
const technology = enumAttr(
  'technology',
  { fr: 'Technologie', en: 'Technology' },
  schema.mobileTechnology.enumValues,
  palettes.technology,
);
const siteStatus = enumAttr('status', STATUS, schema.mobileSiteStatus.enumValues, palettes.site);
const poBoxStatus = enumAttr('status', STATUS, schema.poBoxStatus.enumValues, palettes.poBox);
const wifiStatus = enumAttr('status', STATUS, schema.wifiStatus.enumValues, palettes.wifi);
const connection = enumAttr(
  'connection',
  { fr: 'Raccordement', en: 'Connection' },
  schema.schoolConnection.enumValues,
  palettes.connection,
);

export const layers: LayerDef[] = [
  {
    id: 'communes',
    group: 'reference',
    table: 'communes',
    title: { fr: 'Communes', en: 'Communes' },
    geometryType: 'MultiPolygon',
    attributes: [
      text('insee', 'Code INSEE', 'INSEE code'),
      text('name', 'Nom', 'Name'),
      province,
      text('postal_code', 'Code postal', 'Postal code'),
      integer('population_2019', 'Population (recensement 2019)', 'Population (2019 census)'),
      enumAttr(
        'boundary_source',
        { fr: 'Limites', en: 'Boundary' },
        schema.boundarySource.enumValues,
        palettes.boundary,
      ),
    ],
    legend: legendOf(province, palettes.province),
    filters: {},
  },
  {
    id: 'settlements',
    group: 'reference',
    table: 'settlements',
    title: { fr: 'Lieux habités et tribus', en: 'Settlements and tribus' },
    geometryType: 'Point',
    attributes: [
      text('name', 'Nom', 'Name'),
      settlementKind,
      integer('population', 'Population estimée', 'Estimated population'),
    ],
    legend: legendOf(settlementKind, palettes.settlement),
    filters: { kind: 'kind' },
  },
  {
    id: 'fibre-zones',
    group: 'fibre',
    table: 'fibre_zones',
    title: { fr: 'Fibre : zones de déploiement', en: 'Fibre: rollout zones' },
    geometryType: 'MultiPolygon',
    attributes: [
      text('name', 'Nom', 'Name'),
      zoneStatus,
      integer('planned_year', 'Année prévue', 'Planned year'),
      day('deployed_on', 'Date de déploiement', 'Deployment date'),
      integer('premises_passed', 'Locaux raccordables', 'Premises passed'),
    ],
    legend: legendOf(zoneStatus, palettes.fibreZone),
    filters: { status: 'status' },
  },
  {
    id: 'fibre-cables',
    group: 'fibre',
    table: 'fibre_cables',
    title: { fr: 'Fibre : câbles optiques', en: 'Fibre: optical cables' },
    geometryType: 'LineString',
    attributes: [
      text('name', 'Nom', 'Name'),
      enumAttr('kind', { fr: 'Type', en: 'Kind' }, schema.fibreCableKind.enumValues, palettes.cableKind),
      cableStatus,
      integer('length_m', 'Longueur (m)', 'Length (m)'),
    ],
    legend: legendOf(cableStatus, palettes.cable),
    filters: { status: 'status', kind: 'kind' },
  },
  {
    id: 'mobile-coverage',
    group: 'mobile',
    table: 'mobile_coverage',
    title: { fr: 'Mobile : couverture', en: 'Mobile: coverage' },
    geometryType: 'MultiPolygon',
    attributes: [
      technology,
      enumAttr(
        'level',
        { fr: 'Niveau', en: 'Level' },
        schema.coverageLevel.enumValues,
        palettes.coverageLevel,
      ),
    ],
    legend: legendOf(technology, palettes.technology),
    filters: { technology: 'technology', level: 'level' },
  },
  {
    id: 'mobile-sites',
    group: 'mobile',
    table: 'mobile_sites',
    title: { fr: 'Mobile : sites', en: 'Mobile: sites' },
    geometryType: 'Point',
    attributes: [
      text('name', 'Nom', 'Name'),
      {
        name: 'technologies',
        sql: 't.technologies::text[]',
        label: { fr: 'Technologies', en: 'Technologies' },
        type: 'list',
      },
      siteStatus,
    ],
    legend: legendOf(siteStatus, palettes.site),
    filters: { status: 'status' },
  },
  {
    id: 'po-boxes',
    group: 'postal',
    table: 'po_box_blocks',
    title: { fr: 'Îlots de boîtes postales', en: 'PO box blocks' },
    geometryType: 'Point',
    attributes: [
      text('name', 'Nom', 'Name'),
      integer('boxes', 'Boîtes', 'Boxes'),
      integer('boxes_in_use', 'Boîtes attribuées', 'Boxes in use'),
      poBoxStatus,
      day('installed_on', "Date d'installation", 'Installation date'),
    ],
    legend: legendOf(poBoxStatus, palettes.poBox),
    filters: { status: 'status' },
  },
  {
    id: 'wifi-terminals',
    group: 'wifi',
    table: 'wifi_terminals',
    title: { fr: 'Bornes Wi-Fi extérieures', en: 'Outdoor Wi-Fi terminals' },
    geometryType: 'Point',
    attributes: [
      text('site_name', 'Site', 'Site'),
      wifiStatus,
      text('opening_hours', "Horaires d'ouverture", 'Opening hours'),
      day('in_service_since', 'En service depuis', 'In service since'),
    ],
    legend: legendOf(wifiStatus, palettes.wifi),
    filters: { status: 'status' },
  },
  {
    id: 'schools',
    group: 'schools',
    table: 'schools',
    title: { fr: 'Établissements scolaires connectés', en: 'Connected schools' },
    geometryType: 'Point',
    attributes: [
      text('name', 'Nom', 'Name'),
      enumAttr('level', { fr: 'Niveau', en: 'Level' }, schema.schoolLevel.enumValues, palettes.schoolLevel),
      integer('pupils', 'Élèves', 'Pupils'),
      connection,
      day('connected_on', 'Date de raccordement', 'Connection date'),
    ],
    legend: legendOf(connection, palettes.connection),
    filters: { connection: 'connection', level: 'level' },
  },
];

export const layersById: ReadonlyMap<string, LayerDef> = new Map(layers.map((l) => [l.id, l]));
