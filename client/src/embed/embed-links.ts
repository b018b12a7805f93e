// The embed's links: its own address for a commune, the <iframe> snippet a commune's website pastes,
// and the full map's address the frame links to (same layers, where the frame looks).
import type { Language } from '../api.ts';
import { formatUrlState, parseUrlState, type MapViewState } from '../url-state.ts';
import { EMBED_PATH } from './embed-params.ts';

export interface EmbedTarget {
  /** The commune's INSEE code: a name may change its spelling, the code does not. */
  insee: string;
  layers: readonly string[];
  lang: Language;
}

/** A frame's size in CSS pixels: fits the content column of most websites, readable on a phone. */
export const EMBED_WIDTH = 600;
export const EMBED_HEIGHT = 450;

/** `https://…/embed?commune=98811&layers=fibre-zones,schools&lang=fr` (commas kept: easier to edit). */
export function embedUrl(origin: string, target: EmbedTarget): string {
  const layers = target.layers.map(encodeURIComponent).join(',');
  return `${origin}${EMBED_PATH}?commune=${encodeURIComponent(target.insee)}&layers=${layers}&lang=${target.lang}`;
}

/** Text safe inside a double-quoted HTML attribute. */
const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface SnippetOptions {
  origin: string;
  target: EmbedTarget;
  /** The frame's accessible name, e.g. "Carte des infrastructures — Koné". */
  title: string;
  width?: number;
  height?: number;
}

/** The one line of HTML a commune's website pastes; lazy, so a page below the fold loads no map. */
export function embedSnippet({
  origin,
  target,
  title,
  width = EMBED_WIDTH,
  height = EMBED_HEIGHT,
}: SnippetOptions): string {
  const src = attribute(embedUrl(origin, target));
  return `<iframe src="${src}" width="${width}" height="${height}" title="${attribute(title)}" loading="lazy" style="border:0"></iframe>`;
}

/** The full app's map with the frame's layers, language and (once the map has one) view. */
export function fullMapUrl(
  origin: string,
  layers: readonly string[],
  lang: Language,
  view: MapViewState | null,
): string {
  const root = new URL('/', origin);
  return formatUrlState(root, { ...parseUrlState(root), layers: [...layers], lang, view });
}
