// The fields of a layer's attribute form, read from the one zod schema the server validates with
// (server/edits/layer-payloads.ts: which properties, of what kind, nullable or not, the enum
// values) and labelled from the layer catalogue (/api/layers: names and enum values in FR/EN).
// Properties the server derives (the commune, a cable's length) are not in the schema: no field.
import './zod-jitless.ts';
import { z } from 'zod';
import { isEditable, layerPayloads, type EditableLayer } from '../../../server/edits/layer-payloads.ts';
import type { LayerInfo } from '../api.ts';

export { geometryKindOf, type LayerGeometryKind } from './editable-layers.ts';

export type FieldKind = 'text' | 'integer' | 'date' | 'enum' | 'list';
export interface Localized {
  fr: string;
  en: string;
}
export interface FieldOption {
  value: string;
  label: Localized;
}
export interface FormField {
  /** The property's name, camelCase, as the API sends and takes it. */
  name: string;
  kind: FieldKind;
  label: Localized;
  /** May be left empty (sent as null): the dates that are not known yet. */
  nullable: boolean;
  /** The values an enum or a list takes, in the schema's order. */
  options: FieldOption[];
  maxLength?: number;
  min?: number;
  max?: number;
}

export const editableLayerOf = (info: Pick<LayerInfo, 'id'>): EditableLayer | null =>
  isEditable(info.id) ? info.id : null;

/** Labels of enum values: the attribute's own, else those of the same values elsewhere in the catalogue. */
function optionsOf(
  values: readonly string[],
  own: LayerInfo['attributes'][number] | undefined,
  catalogue: readonly LayerInfo[],
): FieldOption[] {
  const labelled = [own, ...catalogue.flatMap((layer) => layer.attributes)].flatMap(
    (attribute) => attribute?.values ?? [],
  );
  return values.map((value) => ({
    value,
    label: labelled.find((known) => known.value === value)?.label ?? { fr: value, en: value },
  }));
}

/** The form's fields for `info`, one per property of the layer's schema, in the schema's order. */
export function formFieldsOf(info: LayerInfo, catalogue: readonly LayerInfo[]): FormField[] {
  const layer = editableLayerOf(info);
  if (!layer) return [];
  return Object.entries(layerPayloads[layer].properties.shape).map(([name, declared]) => {
    let schema: z.ZodType = declared;
    const nullable = schema instanceof z.ZodNullable;
    if (schema instanceof z.ZodNullable) schema = schema.unwrap() as z.ZodType;
    const attribute = info.attributes.find((candidate) => candidate.name === name);
    const field: FormField = {
      name,
      kind: 'text',
      label: attribute?.label ?? { fr: name, en: name },
      nullable,
      options: [],
    };
    if (schema instanceof z.ZodEnum) {
      field.kind = 'enum';
      field.options = optionsOf(schema.options as string[], attribute, catalogue);
    } else if (schema instanceof z.ZodArray && schema.element instanceof z.ZodEnum) {
      field.kind = 'list';
      field.options = optionsOf(schema.element.options as string[], attribute, catalogue);
    } else if (schema instanceof z.ZodNumber) {
      field.kind = 'integer';
      if (schema.minValue !== null && Number.isFinite(schema.minValue)) field.min = schema.minValue;
      if (schema.maxValue !== null && Number.isFinite(schema.maxValue)) field.max = schema.maxValue;
    } else if (schema.def.type === 'string') {
      // z.iso.date() is a string format of its own, not a ZodString.
      const { format } = schema.def as { format?: string };
      field.kind = format === 'date' ? 'date' : 'text';
      if (schema instanceof z.ZodString && schema.maxLength !== null) field.maxLength = schema.maxLength;
    }
    return field;
  });
}

/** The layer's properties schema, to check a form's values with. */
export const propertiesSchemaOf = (layer: EditableLayer) => layerPayloads[layer].properties;
