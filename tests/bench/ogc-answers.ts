// Whether MapServer's items say what ours say: numberMatched, the feature ids, and per feature the
// geometry (type, positions within 1e-6°) and the properties. Each difference is named, so that
// the report says where MapServer 8.0's ways (every value a string, a one-part MultiPolygon
// written as a Polygon, n parts written as n polygons) make the answers differ.

interface Feature {
  id: string | number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> | null;
}

export interface FeatureCollection {
  numberMatched?: number;
  numberReturned?: number;
  features: Feature[];
}

/** Every position of a geometry, in order. */
function positions(coordinates: unknown): number[][] {
  if (!Array.isArray(coordinates)) return [];
  if (typeof coordinates[0] === 'number') return [coordinates as number[]];
  return coordinates.flatMap(positions);
}

/** Polygons (arrays of rings) of a Polygon or MultiPolygon; undefined for other types. */
function polygons(geometry: Feature['geometry']): unknown[] | undefined {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates as unknown[];
  return undefined;
}

/** A property value as PostgreSQL's text would write it: MapServer writes every value so. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return `{${value.map(asText).join(',')}}`;
  return String(value);
}

const sample = (ids: string[]) => ids.slice(0, 3).join(', ') + (ids.length > 3 ? ', …' : '');

/** How MapServer's answer compares with ours, one note per kind of difference. */
export function compareItems(ours: FeatureCollection, theirs: FeatureCollection): string[] {
  const notes: string[] = [];
  if (ours.numberMatched !== theirs.numberMatched)
    notes.push(`numberMatched ${ours.numberMatched} here, ${theirs.numberMatched} there`);
  const theirsById = new Map(theirs.features.map((f) => [String(f.id), f]));
  const oursIds = new Set(ours.features.map((f) => String(f.id)));
  const onlyOurs = [...oursIds].filter((id) => !theirsById.has(id));
  const onlyTheirs = [...theirsById.keys()].filter((id) => !oursIds.has(id));
  if (onlyOurs.length > 0) notes.push(`${onlyOurs.length} ids only here (${sample(onlyOurs)})`);
  if (onlyTheirs.length > 0) notes.push(`${onlyTheirs.length} ids only there (${sample(onlyTheirs)})`);
  if (notes.length === 0) notes.push(`same numberMatched (${ours.numberMatched}) and ids`);

  const counts = new Map<string, number>();
  const count = (note: string) => counts.set(note, (counts.get(note) ?? 0) + 1);
  const retyped = new Set<string>();
  let nullsAsEmpty = 0;
  for (const feature of ours.features) {
    const other = theirsById.get(String(feature.id));
    if (!other) continue;
    const [a, b] = [feature.geometry, other.geometry];
    if (a?.type !== b?.type) count(`${a?.type} written as ${b?.type}`);
    const [pa, pb] = [polygons(a), polygons(b)];
    if (pa && pb && pa.length !== pb.length)
      count(`a ${pa.length}-part polygon written as ${pb.length} parts`);
    const [qa, qb] = [positions(a?.coordinates), positions(b?.coordinates)];
    const samePositions =
      qa.length === qb.length &&
      qa.every((p, i) => p.every((x, j) => Math.abs(x - (qb[i]?.[j] ?? NaN)) <= 1e-6));
    if (!samePositions) count('other positions (beyond 1e-6°)');
    const [ka, kb] = [Object.keys(feature.properties ?? {}), Object.keys(other.properties ?? {})];
    const missing = ka.filter((k) => !kb.includes(k));
    const extra = kb.filter((k) => !ka.includes(k));
    if (missing.length > 0) count(`properties missing there: ${missing.join(', ')}`);
    if (extra.length > 0) count(`properties only there: ${extra.join(', ')}`);
    const values = Object.entries(feature.properties ?? {}).filter(([k]) => kb.includes(k));
    if (values.some(([k, v]) => asText(v) !== asText(other.properties?.[k]))) count('other property values');
    for (const [k, v] of values) {
      if (typeof v === typeof other.properties?.[k]) continue;
      retyped.add(k);
      if (v === null) nullsAsEmpty++;
    }
  }
  for (const [note, n] of counts) notes.push(`${note}: ${n} of ${ours.features.length} features`);
  if (retyped.size > 0)
    notes.push(
      `written as strings: ${[...retyped].join(', ')}${nullsAsEmpty ? ` (${nullsAsEmpty} nulls as "")` : ''}`,
    );
  return notes;
}
