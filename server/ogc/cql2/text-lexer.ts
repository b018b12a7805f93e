// Splits a CQL2-Text filter (OGC 21-065 annex B, the BNF) into tokens that remember where they
// start, so that every later error can say at which character the filter went wrong.
import { Cql2Error } from './errors.ts';

export type Token =
  /** An unquoted identifier or keyword; `upper` for case-insensitive keyword tests. */
  | { type: 'word'; text: string; upper: string; start: number }
  /** A "double-quoted" property name, without its quotes. */
  | { type: 'quoted'; text: string; start: number }
  /** A 'single-quoted' string, '' already unescaped. */
  | { type: 'string'; text: string; start: number }
  /** An unsigned number; the sign is a separate `-` or `+` symbol. */
  | { type: 'number'; text: string; value: number; start: number }
  | { type: 'symbol'; text: string; start: number }
  | { type: 'end'; text: ''; start: number };

// identifierStart and identifierPart of the BNF.
const IDENTIFIER_START =
  ':_A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFE\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const IDENTIFIER_PART = `[${IDENTIFIER_START}.0-9\\u203F-\\u2040]|[\\u0300-\\u036F]`;
const IDENTIFIER = new RegExp(`[${IDENTIFIER_START}](?:${IDENTIFIER_PART})*`, 'uy');
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const SPACE = /\s+/y;
const SYMBOLS = ['<>', '<=', '>=', '=', '<', '>', '(', ')', ',', '[', ']', '+', '-', '*', '/', '%', '^'];

/** The 1-based character number (in code points) of a UTF-16 offset, for messages. */
export function characterAt(text: string, offset: number): number {
  return [...text.slice(0, offset)].length + 1;
}

/** "CQL2 text: <message> at character N<suffix>", with the offset kept as `position`. */
export function textError(text: string, message: string, position: number, suffix = ''): Cql2Error {
  const at = characterAt(text, position);
  return new Cql2Error(`CQL2 text: ${message} at character ${at}${suffix}`, { position });
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function readQuoted(text: string, start: number, quote: "'" | '"'): { value: string; end: number } {
  let value = '';
  let at = start + 1;
  for (;;) {
    const next = text.indexOf(quote, at);
    if (next < 0) {
      const what = quote === "'" ? 'string' : 'quoted property name';
      throw textError(text, `unterminated ${what} starting`, start);
    }
    value += text.slice(at, next);
    // '' inside a string is one quote (the BNF's escapedQuote); property names have no escape.
    if (quote === "'" && text[next + 1] === "'") {
      value += "'";
      at = next + 2;
      continue;
    }
    return { value, end: next + 1 };
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const space = matchAt(SPACE, text, at);
    if (space) {
      at += space.length;
      continue;
    }
    const char = text[at] ?? '';
    if (char === "'" || char === '"') {
      const { value, end } = readQuoted(text, at, char);
      if (char === '"' && value.length === 0) throw textError(text, 'empty quoted property name', at);
      tokens.push({ type: char === "'" ? 'string' : 'quoted', text: value, start: at });
      at = end;
      continue;
    }
    const number = matchAt(NUMBER, text, at);
    if (number) {
      if (!Number.isFinite(Number(number))) throw textError(text, `the number ${number} is out of range`, at);
      tokens.push({ type: 'number', text: number, value: Number(number), start: at });
      at += number.length;
      continue;
    }
    const word = matchAt(IDENTIFIER, text, at);
    if (word) {
      tokens.push({ type: 'word', text: word, upper: word.toUpperCase(), start: at });
      at += word.length;
      continue;
    }
    const symbol = SYMBOLS.find((s) => text.startsWith(s, at));
    if (symbol) {
      tokens.push({ type: 'symbol', text: symbol, start: at });
      at += symbol.length;
      continue;
    }
    const hint = text.startsWith('!=', at) ? " (use '<>' for not equal)" : '';
    throw textError(
      text,
      `unexpected character '${String.fromCodePoint(text.codePointAt(at) ?? 0)}'${hint}`,
      at,
    );
  }
  tokens.push({ type: 'end', text: '', start: text.length });
  return tokens;
}
