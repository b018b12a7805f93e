// A collection's queryables (OGC API Features Part 3, /req/queryables): the layer's own
// attributes, its id, its commune and its geometry, each with the column of the layer's table
// that the CQL2 compiler reads, and the JSON Schema that /queryables publishes.
import type { AttributeDef, LayerDef } from '../layers/catalogue.ts';
import type { Queryable, Queryables } from './cql2/index.ts';

export const GEOMETRY = 'geometry';

/** The column an attribute's SQL reads (`t.status::text`, `to_char(t.deployed_on, …)`). */
export function attributeColumn(attribute: AttributeDef): string | undefined {
  return /\bt\.([a-z0-9_]+)/.exec(attribute.sql)?.[1];
}

const attributeType: Record<AttributeDef['type'], Queryable['type'] | undefined> = {
  text: 'string',
  enum: 'string',
  integer: 'integer',
  date: 'date',
  list: undefined, // an array: no CQL2 array functions here
};

export interface LayerQueryable extends Queryable {
  title: string;
}

/** Queryables by property name; columns of the layer's table, read without an alias. */
export function layerQueryables(layer: LayerDef): Record<string, LayerQueryable> {
  const isCommunes = layer.table === 'communes';
  const entries: [string, LayerQueryable][] = [
    [
      'id',
      isCommunes
        ? { type: 'string', column: 'insee', title: 'Code INSEE' }
        : { type: 'integer', column: 'id', title: 'Identifiant' },
    ],
  ];
  for (const attribute of layer.attributes) {
    const type = attributeType[attribute.type];
    const column = attributeColumn(attribute);
    if (!type || !column) continue;
    const enumValues = attribute.values?.map((v) => v.value);
    entries.push([
      attribute.name,
      { type, column, title: attribute.label.fr, ...(enumValues ? { enumValues } : {}) },
    ]);
  }
  if (!isCommunes)
    entries.push([
      'communeInsee',
      { type: 'string', column: 'commune_insee', title: 'Commune (code INSEE)' },
    ]);
  entries.push([GEOMETRY, { type: 'geometry', column: 'geom', title: 'Géométrie' }]);
  return Object.fromEntries(entries);
}

/** The same queryables as the compiler takes them. */
export const cql2Queryables = (layer: LayerDef): Queryables => layerQueryables(layer);

/** The date attribute that `datetime` and the temporal extent read, when the layer has one. */
export function temporalQueryable(layer: LayerDef): { name: string; column: string } | undefined {
  const attribute = layer.attributes.find((a) => a.type === 'date');
  const column = attribute && attributeColumn(attribute);
  return attribute && column ? { name: attribute.name, column } : undefined;
}

const geometryFormat: Record<LayerDef['geometryType'], string> = {
  Point: 'geometry-point',
  LineString: 'geometry-linestring',
  MultiPolygon: 'geometry-multipolygon',
};

/** The JSON Schema of a queryable (Part 3, /req/queryables/get-queryables-response). */
function schemaOf(layer: LayerDef, queryable: LayerQueryable): Record<string, unknown> {
  const title = { title: queryable.title };
  switch (queryable.type) {
    case 'geometry':
      return { ...title, format: geometryFormat[layer.geometryType], 'x-ogc-role': 'primary-geometry' };
    case 'date':
      return { ...title, type: 'string', format: 'date' };
    case 'timestamp':
      return { ...title, type: 'string', format: 'date-time' };
    case 'string':
      return { ...title, type: 'string', ...(queryable.enumValues ? { enum: queryable.enumValues } : {}) };
    default:
      return { ...title, type: queryable.type };
  }
}

export function queryablesSchema(layer: LayerDef, url: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: url,
    type: 'object',
    title: layer.title.fr,
    description: layer.title.en,
    properties: Object.fromEntries(
      Object.entries(layerQueryables(layer)).map(([name, q]) => [name, schemaOf(layer, q)]),
    ),
    additionalProperties: false,
  };
}
