// The typed CQL2 tree to a drizzle SQL fragment for a WHERE clause: every literal a parameter,
// every column a quoted identifier from the queryables, each property checked against its type.
// In scope (OGC 21-065): property-literal comparisons, LIKE / BETWEEN / IN, IS NULL, CASEI and
// S_INTERSECTS; comparing two properties or two literals is refused.
import { sql, type SQL } from 'drizzle-orm';
import type { ComparisonOperator, Cql2Expression, Literal, Operand, SpatialOperand } from './ast.ts';
import { intersectsSql } from './compile-spatial.ts';
import { Cql2Error } from './errors.ts';
import { queryableNamed, type Queryable, type Queryables } from './queryables.ts';

export interface CompileOptions {
  /** SRID of the filter-crs the literal geometries are in; 4326 (CRS84 axis order, lon/lat) by default. */
  filterCrsSrid?: number;
}

interface PropertySide {
  name: string;
  queryable: Queryable;
  casei: boolean;
}
interface LiteralSide {
  literal: Literal;
  casei: boolean;
}

const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = {
  '=': '=',
  '<>': '<>',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};
const ORDERED = new Set(['string', 'number', 'integer', 'date', 'timestamp']);

const fail = (message: string): never => {
  throw new Cql2Error(`CQL2: ${message}`);
};

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** A literal as CQL2-Text would write it, for messages. */
function shown(literal: Literal): string {
  if (literal.kind === 'string') return `'${literal.value}'`;
  if (literal.kind === 'date' || literal.kind === 'timestamp')
    return `${literal.kind.toUpperCase()}('${literal.value}')`;
  return String(literal.value);
}

class Compiler {
  constructor(
    private readonly queryables: Queryables,
    private readonly srid: number,
  ) {}

  expression(e: Cql2Expression): SQL {
    switch (e.kind) {
      case 'and':
      case 'or':
        return sql`(${sql.join(
          e.args.map((arg) => this.expression(arg)),
          sql.raw(` ${e.kind.toUpperCase()} `),
        )})`;
      case 'not':
        return sql`(NOT ${this.expression(e.arg)})`;
      case 'constant':
        return e.value ? sql`TRUE` : sql`FALSE`;
      case 'comparison':
        return this.comparison(e.op, e.left, e.right);
      case 'like':
        return this.like(e.value, e.pattern);
      case 'between':
        return this.between(e.value, e.low, e.high);
      case 'in':
        return this.inList(e.value, e.list);
      case 'isNull':
        return sql`${this.column(this.property(e.value, 'IS NULL'))} IS NULL`;
      case 's_intersects':
        return this.intersects(e.args);
    }
  }

  /** An operand seen through any CASEI around it. */
  private side(operand: Operand): PropertySide | LiteralSide {
    let casei = false;
    let inner = operand;
    while (inner.kind === 'casei') {
      casei = true;
      inner = inner.arg;
    }
    if (inner.kind === 'property')
      return { name: inner.name, queryable: queryableNamed(this.queryables, inner.name), casei };
    if (casei && inner.kind !== 'string') fail(`CASEI takes a string, not ${shown(inner)}`);
    return { literal: inner, casei };
  }

  private property(operand: Operand, what: string): PropertySide {
    const side = this.side(operand);
    if ('literal' in side) return fail(`${what} needs a property, not the literal ${shown(side.literal)}`);
    return side;
  }

  private literal(operand: Operand, what: string): LiteralSide {
    const side = this.side(operand);
    if ('name' in side) return fail(`${what} needs a literal value, not the property '${side.name}'`);
    return side;
  }

  private column({ queryable, casei, name }: PropertySide, lower = casei): SQL {
    const id = sql`${sql.identifier(queryable.column)}`;
    const text = queryable.enumValues ? sql`${id}::text` : id;
    if (!lower) return text;
    if (queryable.type !== 'string')
      fail(`CASEI needs a string property; '${name}' is ${article(queryable.type)}`);
    // ICU's root collation folds accented capitals (É → é) on both backends, whatever the
    // database's own locale (a "C" database's lower() folds ASCII only).
    return sql`lower(${text} COLLATE "und-x-icu")`;
  }

  /** The literal as a typed parameter fitting the property, or a Cql2Error saying why not. */
  private value(property: PropertySide, { literal }: LiteralSide, lower: boolean): SQL {
    const { name, queryable } = property;
    const wrong = () =>
      fail(`'${name}' is ${article(queryable.type)} property and cannot be compared with ${shown(literal)}`);
    switch (queryable.type) {
      case 'string':
        if (literal.kind !== 'string') return wrong();
        // PostgreSQL text cannot hold U+0000; refused here rather than failing in the database.
        if (literal.value.includes('\u0000'))
          return fail(`the string for '${name}' contains a NUL character`);
        return lower ? sql`lower(${literal.value}::text COLLATE "und-x-icu")` : sql`${literal.value}::text`;
      case 'number':
      case 'integer':
        if (literal.kind !== 'number') return wrong();
        return queryable.type === 'integer' && Number.isSafeInteger(literal.value)
          ? sql`${literal.value}::bigint`
          : sql`${literal.value}::double precision`;
      case 'boolean':
        return literal.kind === 'boolean' ? sql`${literal.value}::boolean` : wrong();
      case 'date':
        return literal.kind === 'date' ? sql`${literal.value}::date` : wrong();
      case 'timestamp':
        return literal.kind === 'timestamp' ? sql`${literal.value}::timestamptz` : wrong();
      case 'geometry':
        return fail(`'${name}' is a geometry property: use S_INTERSECTS or IS NULL with it`);
    }
  }

  /** An enum compared for (in)equality must name one of its values: a typo is a 400, not an empty answer. */
  private checkEnum(property: PropertySide, side: LiteralSide) {
    const values = property.queryable.enumValues;
    if (!values || side.casei || property.casei || side.literal.kind !== 'string') return;
    if (!values.includes(side.literal.value))
      fail(`'${property.name}' has no value ${shown(side.literal)}; it is one of ${values.join(', ')}`);
  }

  private comparison(op: ComparisonOperator, left: Operand, right: Operand): SQL {
    const a = this.side(left);
    const b = this.side(right);
    if ('name' in a && 'name' in b)
      return fail(`comparing two properties ('${a.name}', '${b.name}') is not supported`);
    if ('literal' in a && 'literal' in b) return fail('a comparison needs a property on one side');
    const [property, literal, operator] =
      'name' in a ? [a, b as LiteralSide, op] : [b as PropertySide, a, FLIPPED[op]];
    if (!['=', '<>'].includes(operator) && !ORDERED.has(property.queryable.type))
      fail(`'${property.name}' is ${article(property.queryable.type)} property; only = and <> apply to it`);
    if (operator === '=' || operator === '<>') this.checkEnum(property, literal);
    const lower = property.casei || literal.casei;
    return sql`${this.column(property, lower)} ${sql.raw(operator)} ${this.value(property, literal, lower)}`;
  }

  private like(value: Operand, pattern: Operand): SQL {
    const property = this.property(value, 'LIKE');
    const side = this.literal(pattern, 'LIKE');
    if (property.queryable.type !== 'string')
      fail(`LIKE needs a string property; '${property.name}' is ${article(property.queryable.type)}`);
    if (side.literal.kind !== 'string') return fail(`a LIKE pattern is a string, not ${shown(side.literal)}`);
    if (/(^|[^\\])(\\\\)*\\$/.test(side.literal.value))
      fail(`the LIKE pattern ${shown(side.literal)} ends with the escape character '\\'`);
    const lower = property.casei || side.casei;
    return sql`${this.column(property, lower)} LIKE ${this.value(property, side, lower)} ESCAPE '\\'`;
  }

  private between(value: Operand, low: Operand, high: Operand): SQL {
    const property = this.property(value, 'BETWEEN');
    if (!ORDERED.has(property.queryable.type))
      fail(
        `BETWEEN needs a number, date, timestamp or string property; '${property.name}' is ${article(property.queryable.type)}`,
      );
    const [from, to] = [this.literal(low, 'BETWEEN'), this.literal(high, 'BETWEEN')];
    const lower = property.casei || from.casei || to.casei;
    const column = this.column(property, lower);
    return sql`${column} BETWEEN ${this.value(property, from, lower)} AND ${this.value(property, to, lower)}`;
  }

  private inList(value: Operand, list: Operand[]): SQL {
    const property = this.property(value, 'IN');
    const items = list.map((item) => this.literal(item, 'IN'));
    if (items.length === 0) fail('an IN list needs at least one value');
    const lower = property.casei || items.some((item) => item.casei);
    for (const item of items) this.checkEnum({ ...property, casei: lower }, item);
    const values = items.map((item) => this.value(property, item, lower));
    return sql`${this.column(property, lower)} IN (${sql.join(values, sql`, `)})`;
  }

  private intersects(args: [SpatialOperand, SpatialOperand]): SQL {
    const properties = args.filter((a) => a.kind === 'property');
    const literals = args.filter((a) => a.kind !== 'property');
    const [property] = properties;
    const [literal] = literals;
    if (properties.length === 2) return fail('S_INTERSECTS of two properties is not supported');
    if (!property || !literal) return fail('S_INTERSECTS needs a geometry property and a geometry literal');
    const queryable = queryableNamed(this.queryables, property.name);
    if (queryable.type !== 'geometry')
      fail(`S_INTERSECTS needs a geometry property; '${property.name}' is ${article(queryable.type)}`);
    return intersectsSql(sql`${sql.identifier(queryable.column)}`, literal, this.srid);
  }
}

/** Compiles a parsed filter against a collection's queryables to a WHERE-clause fragment. */
export function compileCql2(
  expression: Cql2Expression,
  queryables: Queryables,
  options: CompileOptions = {},
): SQL {
  return new Compiler(queryables, options.filterCrsSrid ?? 4326).expression(expression);
}
