// A feature's attributes in plain words for the popup: labels from the catalogue, enum values
// through their labels, numbers and dates formatted for the reader's language.
import type { AttributeInfo, Language, LayerInfo } from '../api.ts';
import { intlLocale } from '../i18n.ts';

export interface AttributeRow {
  name: string;
  label: string;
  value: string;
}

export interface FeatureDescription {
  title: string;
  rows: AttributeRow[];
}

interface Wording {
  language: Language;
  /** Said for an attribute without a value. */
  missing: string;
  /** Label of the commune row every feature gets. */
  commune: string;
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/** MapLibre hands back array properties of rendered features as JSON text. */
function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // Not JSON after all: a single value that happens to start with a bracket.
    }
  }
  return [value];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function formatDate(value: unknown, locale: string): string {
  const text = String(value);
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  // A calendar date has no time zone: read and print it in UTC so it never shifts by a day.
  const timeZone = DATE_ONLY.test(text) ? 'UTC' : 'Pacific/Noumea';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

function formatValue(attribute: AttributeInfo, value: unknown, { language, missing }: Wording): string {
  if (isBlank(value)) return missing;
  const locale = intlLocale[language];
  const label = (raw: unknown) =>
    attribute.values?.find((option) => option.value === String(raw))?.label[language] ?? String(raw);
  switch (attribute.type) {
    case 'integer': {
      const number = Number(value);
      return Number.isFinite(number) ? new Intl.NumberFormat(locale).format(number) : String(value);
    }
    case 'date':
      return formatDate(value, locale);
    case 'enum':
      return label(value);
    case 'list': {
      const items = asList(value).filter((item) => !isBlank(item));
      if (items.length === 0) return missing;
      return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items.map(label));
    }
    case 'text':
      return String(value);
  }
}

/** Attributes that name the feature: the first one set becomes the popup's title. */
const NAME_ATTRIBUTES = ['name', 'siteName'];

export function describeFeature(
  info: LayerInfo,
  properties: Record<string, unknown>,
  wording: Wording,
): FeatureDescription {
  const nameAttribute = NAME_ATTRIBUTES.find((name) => {
    const value = properties[name];
    return typeof value === 'string' && value.trim() !== '';
  });
  const title = nameAttribute ? String(properties[nameAttribute]) : info.title[wording.language];
  const rows = info.attributes
    .filter((attribute) => attribute.name !== nameAttribute)
    .map((attribute) => ({
      name: attribute.name,
      label: attribute.label[wording.language],
      value: formatValue(attribute, properties[attribute.name], wording),
    }));
  const communeName = properties.communeName;
  const listed = info.attributes.some((attribute) => attribute.name === 'communeName');
  if (!listed && typeof communeName === 'string' && communeName) {
    rows.push({ name: 'communeName', label: wording.commune, value: communeName });
  }
  return { title, rows };
}
