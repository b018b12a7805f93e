// CQL2-Text (OGC 21-065 clause 8.2 and annex B) to the typed tree, by recursive descent over
// booleanExpression = booleanTerm {OR booleanTerm}, booleanTerm = booleanFactor {AND
// booleanFactor}, booleanFactor = [NOT] booleanPrimary: NOT binds tighter than AND, AND
// tighter than OR. Operators outside the supported classes are refused by name.
import {
  logical,
  type ComparisonOperator,
  type Cql2Expression,
  type Literal,
  type Operand,
  type SpatialOperand,
} from './ast.ts';
import { Cql2Error } from './errors.ts';
import { MAX_IN_LIST, MAX_TEXT_LENGTH } from './limits.ts';
import { dateProblem, timestampProblem } from './temporal-literals.ts';
import { TextCursor } from './text-cursor.ts';
import { isSpatialLiteralWord, readSpatialLiteral } from './text-geometry.ts';
import { tokenize } from './text-lexer.ts';
import { unsupportedOperator } from './unsupported.ts';

const COMPARISONS = new Set<string>(['=', '<>', '<', '<=', '>', '>=']);
const RESERVED = new Set(['AND', 'OR', 'NOT', 'LIKE', 'BETWEEN', 'IN', 'IS', 'NULL', 'TRUE', 'FALSE', 'DIV']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '^']);

class TextParser {
  constructor(private readonly c: TextCursor) {}

  parse(): Cql2Expression {
    if (this.c.peek().type === 'end') this.c.fail('a filter expression');
    const expression = this.orExpression();
    if (this.c.peek().type !== 'end') this.c.fail('AND, OR or the end of the filter');
    return expression;
  }

  private orExpression(): Cql2Expression {
    const terms = [this.andExpression()];
    while (this.c.isWord('OR')) {
      this.c.next();
      terms.push(this.andExpression());
    }
    return logical('or', terms);
  }

  private andExpression(): Cql2Expression {
    const factors = [this.factor()];
    while (this.c.isWord('AND')) {
      this.c.next();
      factors.push(this.factor());
    }
    return logical('and', factors);
  }

  private factor(): Cql2Expression {
    if (!this.c.isWord('NOT')) return this.primary();
    const not = this.c.next();
    this.c.enter(not.start);
    const arg = this.factor();
    this.c.leave();
    return { kind: 'not', arg };
  }

  private primary(): Cql2Expression {
    const token = this.c.peek();
    if (this.c.isSymbol('(')) {
      this.c.next();
      this.c.enter(token.start);
      const inner = this.orExpression();
      this.c.expectSymbol(')');
      this.c.leave();
      return inner;
    }
    if (token.type === 'word' && this.c.isSymbol('(', 1)) {
      if (token.upper === 'S_INTERSECTS') return this.spatialPredicate();
      if (isSpatialLiteralWord(token.upper))
        this.c.error(
          `a geometry literal (${token.upper}) can only be an argument of S_INTERSECTS`,
          token.start,
        );
      if (!['CASEI', 'DATE', 'TIMESTAMP', 'ACCENTI'].includes(token.upper))
        this.c.error(unsupportedOperator(token.text), token.start);
    }
    if ((this.c.isWord('TRUE') || this.c.isWord('FALSE')) && !this.startsPredicateTail(1)) {
      this.c.next();
      return { kind: 'constant', value: token.type === 'word' && token.upper === 'TRUE' };
    }
    return this.predicate(this.operand('a predicate'));
  }

  /** Whether the token `ahead` continues a predicate after its first operand. */
  private startsPredicateTail(ahead: number): boolean {
    const token = this.c.peek(ahead);
    if (token.type === 'symbol') return COMPARISONS.has(token.text) || ARITHMETIC.has(token.text);
    return token.type === 'word' && ['NOT', 'LIKE', 'BETWEEN', 'IN', 'IS', 'DIV'].includes(token.upper);
  }

  private predicate(left: Operand): Cql2Expression {
    const token = this.c.peek();
    if (token.type === 'symbol' && COMPARISONS.has(token.text)) {
      this.c.next();
      return {
        kind: 'comparison',
        op: token.text as ComparisonOperator,
        left,
        right: this.operand('a value'),
      };
    }
    if ((token.type === 'symbol' && ARITHMETIC.has(token.text)) || this.c.isWord('DIV'))
      this.c.error(unsupportedOperator(token.text), token.start);
    if (this.c.isWord('IS')) {
      this.c.next();
      const negated = this.c.isWord('NOT');
      if (negated) this.c.next();
      this.c.expectWord('NULL');
      const isNull: Cql2Expression = { kind: 'isNull', value: left };
      return negated ? { kind: 'not', arg: isNull } : isNull;
    }
    const negated = this.c.isWord('NOT');
    if (negated) this.c.next();
    const positive = this.negatablePredicate(left, negated);
    return negated ? { kind: 'not', arg: positive } : positive;
  }

  private negatablePredicate(value: Operand, negated: boolean): Cql2Expression {
    if (this.c.isWord('LIKE')) {
      this.c.next();
      return { kind: 'like', value, pattern: this.operand('a pattern') };
    }
    if (this.c.isWord('BETWEEN')) {
      this.c.next();
      const low = this.operand('a lower bound');
      this.c.expectWord('AND');
      return { kind: 'between', value, low, high: this.operand('an upper bound') };
    }
    if (this.c.isWord('IN')) {
      this.c.next();
      return { kind: 'in', value, list: this.inList() };
    }
    this.c.fail(negated ? 'LIKE, BETWEEN or IN' : 'a comparison operator, LIKE, BETWEEN, IN or IS NULL');
  }

  private inList(): Operand[] {
    this.c.expectSymbol('(');
    const list = [this.operand('a value')];
    while (this.c.isSymbol(',')) {
      const comma = this.c.next();
      if (list.length >= MAX_IN_LIST)
        this.c.error(`an IN list of more than ${MAX_IN_LIST} values`, comma.start);
      list.push(this.operand('a value'));
    }
    this.c.expectSymbol(')');
    return list;
  }

  /** A scalar operand: property, literal, or CASEI of one. `what` names it in errors. */
  private operand(what: string): Operand {
    const token = this.c.peek();
    if (token.type === 'string') {
      this.c.next();
      return { kind: 'string', value: token.text };
    }
    if (token.type === 'quoted') {
      this.c.next();
      return { kind: 'property', name: token.text };
    }
    if (token.type === 'number' || this.c.isSymbol('-') || this.c.isSymbol('+')) return this.number(what);
    if (this.c.isSymbol('['))
      this.c.error('array literals are not supported (array operators are not implemented)', token.start);
    if (token.type !== 'word' || (RESERVED.has(token.upper) && !['TRUE', 'FALSE'].includes(token.upper)))
      this.c.fail(what);
    if (token.upper === 'TRUE' || token.upper === 'FALSE') {
      this.c.next();
      return { kind: 'boolean', value: token.upper === 'TRUE' };
    }
    if (!this.c.isSymbol('(', 1)) {
      this.c.next();
      return { kind: 'property', name: token.text };
    }
    if (token.upper === 'CASEI') {
      this.c.next();
      this.c.enter(token.start);
      this.c.expectSymbol('(');
      const arg = this.operand('a property or a string');
      this.c.expectSymbol(')');
      this.c.leave();
      return { kind: 'casei', arg };
    }
    if (token.upper === 'DATE' || token.upper === 'TIMESTAMP') return this.instant();
    if (isSpatialLiteralWord(token.upper))
      this.c.error(
        `a geometry literal (${token.upper}) can only be an argument of S_INTERSECTS`,
        token.start,
      );
    this.c.error(unsupportedOperator(token.text), token.start);
  }

  private number(what: string): Literal {
    const negative = this.c.isSymbol('-');
    if (negative || this.c.isSymbol('+')) this.c.next();
    const token = this.c.peek();
    if (token.type !== 'number') this.c.fail(what);
    this.c.next();
    return { kind: 'number', value: negative ? -token.value : token.value };
  }

  /** DATE('yyyy-mm-dd') or TIMESTAMP('yyyy-mm-ddThh:mm:ssZ'). */
  private instant(): Literal {
    const constructor = this.c.next();
    const kind = constructor.type === 'word' && constructor.upper === 'DATE' ? 'date' : 'timestamp';
    this.c.expectSymbol('(');
    const token = this.c.peek();
    if (token.type !== 'string') this.c.fail(`a quoted ${kind}`);
    const problem = kind === 'date' ? dateProblem(token.text) : timestampProblem(token.text);
    if (problem) this.c.error(problem, token.start);
    this.c.next();
    this.c.expectSymbol(')');
    return { kind, value: token.text };
  }

  private spatialPredicate(): Cql2Expression {
    this.c.next();
    this.c.expectSymbol('(');
    const first = this.spatialOperand();
    this.c.expectSymbol(',');
    const second = this.spatialOperand();
    this.c.expectSymbol(')');
    return { kind: 's_intersects', args: [first, second] };
  }

  private spatialOperand(): SpatialOperand {
    const token = this.c.peek();
    if (token.type === 'quoted') {
      this.c.next();
      return { kind: 'property', name: token.text };
    }
    if (token.type === 'word' && isSpatialLiteralWord(token.upper)) return readSpatialLiteral(this.c);
    if (token.type === 'word' && !RESERVED.has(token.upper)) {
      if (this.c.isSymbol('(', 1)) this.c.error(unsupportedOperator(token.text), token.start);
      this.c.next();
      return { kind: 'property', name: token.text };
    }
    this.c.fail('a geometry property, BBOX(...) or a WKT geometry');
  }
}

/** Parses a CQL2-Text filter; throws Cql2Error with the position of the first problem. */
export function parseCql2Text(text: string): Cql2Expression {
  if (text.length > MAX_TEXT_LENGTH)
    throw new Cql2Error(`CQL2 text: a filter longer than ${MAX_TEXT_LENGTH} characters (${text.length})`);
  const cursor = new TextCursor(text, tokenize(text));
  return new TextParser(cursor).parse();
}
