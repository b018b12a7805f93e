// Short excerpts of request input for answers and messages (issue 8): an error body echoes at
// most 40 characters of what came, however long or deep the input was.

/** The most of any input an answer echoes, in characters. */
export const EXCERPT_LENGTH = 40;

/** JSON text of a value, cut once it passes `budget` characters (deep or huge inputs stay cheap). */
function preview(value: unknown, budget: number): string {
  let out = '';
  const walk = (v: unknown): boolean => {
    if (out.length > budget) return false;
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ',';
        if (!walk(v[i])) return false;
      }
      out += ']';
    } else if (v !== null && typeof v === 'object') {
      out += '{';
      let first = true;
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        out += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        if (!walk((v as Record<string, unknown>)[key])) return false;
      }
      out += '}';
    } else {
      out += JSON.stringify(v) ?? String(v);
    }
    return out.length <= budget;
  };
  walk(value);
  return out.length > budget ? `${out.slice(0, budget)}…` : out;
}

/** A short, quoted excerpt of an input for a message: `"abc"`, `"xxxx…"`, `[[0,0],[1,…`. */
export function excerpt(value: unknown): string {
  if (typeof value !== 'string') return preview(value, EXCERPT_LENGTH);
  const chars = [...value];
  return JSON.stringify(
    chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : value,
  );
}

/** A name that came from the request, as the `parameter` of an answer: at most 40 characters. */
export function nameExcerpt(name: string): string {
  const chars = [...name];
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : name;
}
