// The embed's address, `/embed?commune=98811&layers=fibre-zones,schools&lang=en`, read and checked
// against the catalogue and the communes: what to draw, or every problem found, to say in the frame
// instead of a blank map.
import type { Language } from '../api.ts';
import { normalizeName } from '../commune/commune-search.ts';

export const EMBED_PATH = '/embed';

/** Shown when the link names no layer: what a resident looks for, not the busy technical layers. */
export const EMBED_DEFAULT_LAYERS = ['fibre-zones', 'wifi-terminals', 'po-boxes', 'schools'] as const;

/** Values quoted back in a message are cut to this length: a pasted page must not flood the frame. */
const QUOTED_MAX = 40;

export const isEmbedPath = (pathname: string) => pathname.replace(/\/+$/, '') === EMBED_PATH;

/** The parameters as written; null where the link does not have one. */
export interface EmbedQuery {
  commune: string | null;
  layers: string[] | null;
  lang: string | null;
}

export function readEmbedQuery(search: URLSearchParams): EmbedQuery {
  const layers = search.get('layers');
  return {
    commune: search.get('commune')?.trim() ?? null,
    layers: layers === null ? null : layers.split(',').map((id) => id.trim()),
    lang: search.get('lang'),
  };
}

/** The language of the frame, its messages included: `en` if asked for, else French. */
export const embedLanguage = (query: EmbedQuery): Language => (query.lang === 'en' ? 'en' : 'fr');

/** A name as a commune's website would write it in a link: "Île des Pins" → "ile-des-pins". */
export const communeSlug = (name: string) => normalizeName(name).replaceAll(' ', '-');

/** The commune an INSEE code (98811) or a name in any spelling ("Koné", "kone", "ile-des-pins") names. */
export function findCommune<C extends { insee: string; name: string }>(
  value: string,
  communes: readonly C[],
): C | undefined {
  if (/^\d+$/.test(value)) return communes.find((commune) => commune.insee === value);
  const wanted = communeSlug(value);
  return wanted === '' ? undefined : communes.find((commune) => communeSlug(commune.name) === wanted);
}

export type EmbedProblem =
  | { kind: 'missingCommune' }
  | { kind: 'unknownCommune'; value: string }
  | { kind: 'noLayers' }
  | { kind: 'unknownLayers'; values: string[]; known: string[] }
  | { kind: 'badLanguage'; value: string };

export type EmbedResolution<L, C> =
  | { ok: true; commune: C; layers: L[]; lang: Language }
  | { ok: false; problems: EmbedProblem[]; lang: Language };

const quoted = (value: string) => (value.length > QUOTED_MAX ? `${value.slice(0, QUOTED_MAX)}…` : value);

/**
 * What the frame draws: the commune, the layers (in the order the link names them, each once; the
 * default set when it names none) and the language; or every problem of the link at once, so that
 * whoever pastes it fixes them in one go.
 */
export function resolveEmbed<L extends { id: string }, C extends { insee: string; name: string }>(
  query: EmbedQuery,
  catalogue: readonly L[],
  communes: readonly C[],
): EmbedResolution<L, C> {
  const lang = embedLanguage(query);
  const problems: EmbedProblem[] = [];
  if (query.lang !== null && query.lang !== 'fr' && query.lang !== 'en') {
    problems.push({ kind: 'badLanguage', value: quoted(query.lang) });
  }

  const commune = query.commune ? findCommune(query.commune, communes) : undefined;
  if (!query.commune) problems.push({ kind: 'missingCommune' });
  else if (!commune) problems.push({ kind: 'unknownCommune', value: quoted(query.commune) });

  const named = [...new Set((query.layers ?? EMBED_DEFAULT_LAYERS).filter((id) => id !== ''))];
  const layers = named.flatMap((id) => catalogue.filter((info) => info.id === id));
  const unknown = named.filter((id) => !catalogue.some((info) => info.id === id));
  if (named.length === 0) problems.push({ kind: 'noLayers' });
  if (unknown.length > 0)
    problems.push({
      kind: 'unknownLayers',
      values: unknown.map(quoted),
      known: catalogue.map((info) => info.id),
    });

  if (problems.length > 0 || !commune) return { ok: false, problems, lang };
  return { ok: true, commune, layers, lang };
}
