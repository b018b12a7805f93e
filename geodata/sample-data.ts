// The shape of what the seeded generator produces: one array of rows per table, typed by the
// database schema itself so the generator and the tables cannot drift apart.
import type { LineString, MultiPolygon, Point } from 'geojson';
import type * as schema from '../db/schema.ts';

/** Insert rows without the columns the database fills (ids, timestamps, source). */
type Row<T extends { $inferInsert: unknown }, G> = Omit<
  T['$inferInsert'],
  'id' | 'createdAt' | 'updatedAt' | 'source' | 'geom' | 'town'
> &
  G;

/** Province facts; the seed derives each province's geometry as the union of its communes. */
export type ProvinceRow = Omit<typeof schema.provinces.$inferInsert, 'geom' | 'createdAt' | 'updatedAt'>;
export type CommuneRow = Row<typeof schema.communes, { town: Point; geom: MultiPolygon }>;
export type SettlementRow = Row<typeof schema.settlements, { geom: Point }>;
export type FibreZoneRow = Row<typeof schema.fibreZones, { geom: MultiPolygon }>;
export type FibreCableRow = Row<typeof schema.fibreCables, { geom: LineString }>;
export type MobileSiteRow = Row<typeof schema.mobileSites, { geom: Point }>;
export type PoBoxBlockRow = Row<typeof schema.poBoxBlocks, { geom: Point }>;
export type WifiTerminalRow = Row<typeof schema.wifiTerminals, { geom: Point }>;
export type SchoolRow = Row<typeof schema.schools, { geom: Point }>;
/** A project's feature link (layerId, featureId) counts features in the order of their array, from 1. */
export type ProjectRow = Row<typeof schema.projects, { geom: Point | LineString | MultiPolygon }>;

/**
 * Everything the seed loads. Geometries of provinces and mobile coverage are not here: the seed
 * derives them in PostGIS (provinces as the union of their communes, coverage from on-air sites).
 */
export interface SampleData {
  /** The day the data stands at: statuses, lateness and the rollout are measured against it. */
  asOf: string;
  provinces: ProvinceRow[];
  communes: CommuneRow[];
  settlements: SettlementRow[];
  fibreZones: FibreZoneRow[];
  fibreCables: FibreCableRow[];
  mobileSites: MobileSiteRow[];
  poBoxBlocks: PoBoxBlockRow[];
  wifiTerminals: WifiTerminalRow[];
  schools: SchoolRow[];
  projects: ProjectRow[];
}
