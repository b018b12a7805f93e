// The properties a file's fields may be mapped to, per import target: an editable layer's from its
// one schema (editing/layer-fields.ts, labelled by the catalogue), the communes' code and name.
import type { LayerInfo } from '../api.ts';
import { formFieldsOf, type FieldOption, type Localized } from '../editing/layer-fields.ts';
import type { ImportTarget } from './wizard-choices.ts';

export interface TargetField {
  name: string;
  label: Localized;
  /** An enum's values, to map a file's own words to. */
  options: FieldOption[];
}

/** What server/imports/commune-boundaries.ts matches a boundary on. */
const COMMUNE_FIELDS: TargetField[] = [
  { name: 'insee', label: { fr: 'Code INSEE', en: 'INSEE code' }, options: [] },
  { name: 'name', label: { fr: 'Nom de la commune', en: 'Commune name' }, options: [] },
];

export function targetFieldsOf(target: ImportTarget, layers: readonly LayerInfo[]): TargetField[] {
  if (target === 'communes') return COMMUNE_FIELDS;
  const info = layers.find((layer) => layer.id === target);
  return info ? formFieldsOf(info, layers) : [];
}
