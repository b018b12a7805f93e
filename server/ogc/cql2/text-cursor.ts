// The reading position in a tokenised CQL2-Text filter, shared by the expression and the
// geometry grammars: look ahead, consume, count nesting against MAX_DEPTH, and fail with a
// message that names what was expected, after what, and at which character.
import { MAX_DEPTH } from './limits.ts';
import { textError, type Token } from './text-lexer.ts';

function shown(token: Token): string {
  const text =
    token.type === 'string' ? `'${token.text}'` : token.type === 'quoted' ? `"${token.text}"` : token.text;
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}

export class TextCursor {
  private index = 0;
  private depth = 0;

  constructor(
    readonly text: string,
    private readonly tokens: Token[],
  ) {}

  peek(ahead = 0): Token {
    const last = this.tokens[this.tokens.length - 1];
    const token = this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] ?? last;
    if (!token) throw new Error('a token list always ends with an end token');
    return token;
  }

  next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index++;
    return token;
  }

  /** Whether the token `ahead` is the keyword `upper` (keywords are case-insensitive). */
  isWord(upper: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'word' && token.upper === upper;
  }

  isSymbol(symbol: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'symbol' && token.text === symbol;
  }

  expectSymbol(symbol: string): Token {
    if (!this.isSymbol(symbol)) this.fail(`'${symbol}'`);
    return this.next();
  }

  expectWord(upper: string): Token {
    if (!this.isWord(upper)) this.fail(upper);
    return this.next();
  }

  /** Throws "expected <what> after '<previous token>' at character N, found '<token>'". */
  fail(what: string): never {
    const token = this.peek();
    const previous = this.index > 0 ? this.tokens[this.index - 1] : undefined;
    const after = previous ? ` after '${shown(previous)}'` : '';
    const found = token.type === 'end' ? ' (end of the filter)' : `, found '${shown(token)}'`;
    throw textError(this.text, `expected ${what}${after}`, token.start, found);
  }

  error(message: string, position: number): never {
    throw textError(this.text, message, position);
  }

  /** Enters one level of nesting (NOT, parentheses, CASEI, collections) at `position`. */
  enter(position: number): void {
    if (++this.depth > MAX_DEPTH) this.error(`nesting deeper than ${MAX_DEPTH} levels`, position);
  }

  leave(): void {
    this.depth--;
  }
}
