// A minimal HTML rendering of any OGC resource (Part 1, conformance class HTML): the JSON shown
// as nested lists, links as anchors, features as a table. Every value is escaped; no script,
// no external asset.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function link(value: { [key: string]: Json }): string {
  const href = typeof value.href === 'string' ? value.href : '';
  const text = String(value.title ?? value.rel ?? href);
  const safe = /^https?:\/\//.test(href) ? href : '#';
  return `<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a> <small>(${escapeHtml(String(value.rel ?? ''))}, ${escapeHtml(String(value.type ?? ''))})</small>`;
}

function featureTable(features: Json[]): string {
  const rows = features.filter(isObject);
  const names = [
    ...new Set(
      rows.flatMap((f) => (isObject(f.properties ?? null) ? Object.keys(f.properties as object) : [])),
    ),
  ];
  const head = ['id', ...names].map((n) => `<th>${escapeHtml(n)}</th>`).join('');
  const body = rows
    .map((f) => {
      const props = (isObject(f.properties ?? null) ? f.properties : {}) as { [key: string]: Json };
      const cells = [f.id ?? null, ...names.map((n) => props[n] ?? null)];
      return `<tr>${cells.map((v) => `<td>${escapeHtml(v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function render(value: Json, key = ''): string {
  if (Array.isArray(value)) {
    if (key === 'features') return featureTable(value);
    return `<ul>${value.map((item) => `<li>${isObject(item) && 'href' in item ? link(item) : render(item)}</li>`).join('')}</ul>`;
  }
  if (isObject(value)) {
    if (key === 'geometry') return `<code>${escapeHtml(String(value.type ?? ''))}</code>`;
    const entries = Object.entries(value).map(
      ([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${render(v, k)}</dd>`,
    );
    return `<dl>${entries.join('')}</dl>`;
  }
  return escapeHtml(value === null ? 'null' : String(value));
}

export function htmlPage(title: string, document: unknown): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;margin:1rem 2rem}dt{font-weight:bold}dd{margin:0 0 .4rem 1.2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:.9rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${render(document as Json)}</body></html>`;
}
