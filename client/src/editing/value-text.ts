// An attribute's value as the reader reads it: an enum value by its catalogue label, each value of
// a list so, a geometry as its position or its number of vertices, an empty value said as such.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n.ts';
import type { FormField } from './layer-fields.ts';

export function useValueText(fields: readonly FormField[]): (name: string, value: string) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (name: string, value: string) => {
      if (value === '') return t('editing.history.blank');
      if (name === 'geometry') {
        const vertices = /^vertices:(\d+)$/.exec(value);
        return vertices ? t('editing.vertices', { count: Number(vertices[1]) }) : value;
      }
      const field = fields.find((candidate) => candidate.name === name);
      if (!field || field.options.length === 0) return value;
      const label = (one: string) =>
        field.options.find((option) => option.value === one)?.label[language] ?? one;
      return field.kind === 'list' ? value.split(', ').map(label).join(', ') : label(value);
    },
    [t, language, fields],
  );
}

/** A field's label, or "Géométrie" / "Position" for the geometry. */
export function useFieldLabel(fields: readonly FormField[], point: boolean): (name: string) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (name: string) => {
      if (name === 'geometry') return point ? t('editing.fields.position') : t('editing.fields.geometry');
      return fields.find((field) => field.name === name)?.label[language] ?? name;
    },
    [t, language, fields, point],
  );
}
