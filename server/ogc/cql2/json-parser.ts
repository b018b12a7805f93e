// CQL2-JSON (OGC 21-065 clause 8.3, schema cql2.json) to the same typed tree as CQL2-Text:
// {"op": ..., "args": [...]} nodes, {"property": ...}, {"date"|"timestamp": ...}, {"bbox": [...]}
// and GeoJSON geometries. Errors name the JSON path where they were found (`args[1].args[0]`).
import {
  logical,
  type ComparisonOperator,
  type Cql2Expression,
  type Operand,
  type SpatialOperand,
} from './ast.ts';
import { Cql2Error } from './errors.ts';
import { bboxProblem, geometryProblem } from './geometry.ts';
import { isObject, readGeoJson, type JsonContext, type JsonObject } from './json-geometry.ts';
import { MAX_DEPTH, MAX_IN_LIST, MAX_JSON_NODES } from './limits.ts';
import { dateProblem, timestampProblem } from './temporal-literals.ts';
import { unsupportedOperator } from './unsupported.ts';

const COMPARISONS = new Set<string>(['=', '<>', '<', '<=', '>', '>=']);

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

class JsonReader implements JsonContext {
  private nodes = 0;
  private depth = 0;

  fail(message: string, path: string): never {
    throw new Cql2Error(`CQL2 JSON: ${message} at ${path || 'the top level'}`, { path });
  }

  private visit(path: string) {
    if (++this.nodes > MAX_JSON_NODES) this.fail(`a filter of more than ${MAX_JSON_NODES} JSON values`, path);
  }

  nested<T>(path: string, read: () => T): T {
    if (++this.depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`, path);
    const result = read();
    this.depth--;
    return result;
  }

  /** The `args` of an op node, checked to be an array of `count` items (or at least `-count`). */
  private args(node: JsonObject, op: string, path: string, count: number): unknown[] {
    const args = node.args;
    if (!Array.isArray(args)) this.fail(`"${op}" needs an "args" array`, path);
    const fine = count < 0 ? args.length >= -count : args.length === count;
    if (!fine)
      this.fail(
        `"${op}" takes ${count < 0 ? `at least ${-count}` : count} arguments, got ${args.length}`,
        path,
      );
    return args;
  }

  expression(value: unknown, path: string): Cql2Expression {
    this.visit(path);
    if (typeof value === 'boolean') return { kind: 'constant', value };
    if (!isObject(value)) this.fail(`expected a boolean expression, found ${describe(value)}`, path);
    if (typeof value.op !== 'string') {
      if (isObject(value.function) && typeof value.function.name === 'string')
        this.fail(unsupportedOperator(value.function.name), path);
      this.fail('expected a boolean expression (an object with "op" and "args")', path);
    }
    const op = value.op;
    const name = op.toLowerCase();
    const at = (i: number) => `${path ? `${path}.` : ''}args[${i}]`;
    if (name === 'and' || name === 'or') {
      const args = this.args(value, op, path, -2);
      return this.nested(path, () =>
        logical(
          name,
          args.map((arg, i) => this.expression(arg, at(i))),
        ),
      );
    }
    if (name === 'not') {
      const [arg] = this.args(value, op, path, 1);
      return this.nested(path, () => ({ kind: 'not', arg: this.expression(arg, at(0)) }));
    }
    if (COMPARISONS.has(name)) {
      const [left, right] = this.args(value, op, path, 2);
      const operator = name as ComparisonOperator;
      return {
        kind: 'comparison',
        op: operator,
        left: this.operand(left, at(0)),
        right: this.operand(right, at(1)),
      };
    }
    switch (name) {
      case 'like': {
        const [operand, pattern] = this.args(value, op, path, 2);
        return { kind: 'like', value: this.operand(operand, at(0)), pattern: this.operand(pattern, at(1)) };
      }
      case 'between': {
        const [operand, low, high] = this.args(value, op, path, 3).map((a, i) => this.operand(a, at(i)));
        if (!operand || !low || !high) this.fail('"between" takes 3 arguments', path);
        return { kind: 'between', value: operand, low, high };
      }
      case 'in':
        return this.inPredicate(value, op, path, at);
      case 'isnull': {
        const [operand] = this.args(value, op, path, 1);
        return { kind: 'isNull', value: this.operand(operand, at(0)) };
      }
      case 's_intersects': {
        const [first, second] = this.args(value, op, path, 2);
        return {
          kind: 's_intersects',
          args: [this.spatialOperand(first, at(0)), this.spatialOperand(second, at(1))],
        };
      }
      case 'casei':
        return this.fail('CASEI gives a string, not a boolean expression', path);
      default:
        return this.fail(unsupportedOperator(op), path);
    }
  }

  private inPredicate(node: JsonObject, op: string, path: string, at: (i: number) => string): Cql2Expression {
    const [operand, list] = this.args(node, op, path, 2);
    if (!Array.isArray(list)) this.fail(`the second argument of "in" must be an array of values`, at(1));
    if (list.length === 0) this.fail('an IN list needs at least one value', at(1));
    if (list.length > MAX_IN_LIST) this.fail(`an IN list of more than ${MAX_IN_LIST} values`, at(1));
    return {
      kind: 'in',
      value: this.operand(operand, at(0)),
      list: list.map((item, i) => this.operand(item, `${at(1)}[${i}]`)),
    };
  }

  operand(value: unknown, path: string): Operand {
    this.visit(path);
    if (typeof value === 'string') return { kind: 'string', value };
    if (typeof value === 'boolean') return { kind: 'boolean', value };
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) this.fail('numbers must be finite', path);
      return { kind: 'number', value };
    }
    if (Array.isArray(value))
      this.fail('array literals are not supported (array operators are not implemented)', path);
    if (!isObject(value)) this.fail(`expected a property or a literal, found ${describe(value)}`, path);
    if ('property' in value) {
      if (typeof value.property !== 'string' || value.property === '')
        this.fail('"property" must be a non-empty string', path);
      return { kind: 'property', name: value.property };
    }
    if ('date' in value || 'timestamp' in value) return this.instant(value, path);
    if ('interval' in value) this.fail(unsupportedOperator('INTERVAL'), path);
    if ('bbox' in value || 'type' in value)
      this.fail('a geometry literal can only be an argument of s_intersects', path);
    if (isObject(value.function) && typeof value.function.name === 'string')
      this.fail(unsupportedOperator(value.function.name), path);
    if (typeof value.op !== 'string') this.fail('expected a property or a literal', path);
    if (value.op.toLowerCase() !== 'casei') this.fail(unsupportedOperator(value.op), path);
    const [arg] = this.args(value, value.op, path, 1);
    return this.nested(path, () => ({
      kind: 'casei',
      arg: this.operand(arg, `${path ? `${path}.` : ''}args[0]`),
    }));
  }

  private instant(node: JsonObject, path: string): Operand {
    const kind = 'date' in node ? 'date' : 'timestamp';
    const text = node[kind];
    if (typeof text !== 'string') this.fail(`"${kind}" must be a string`, path);
    const problem = kind === 'date' ? dateProblem(text) : timestampProblem(text);
    if (problem) this.fail(problem, path);
    return { kind, value: text };
  }

  spatialOperand(value: unknown, path: string): SpatialOperand {
    this.visit(path);
    if (isObject(value) && typeof value.property === 'string' && value.property !== '')
      return { kind: 'property', name: value.property };
    if (isObject(value) && 'bbox' in value) return this.bbox(value.bbox, path);
    if (isObject(value) && typeof value.type === 'string') {
      const geometry = readGeoJson(this, value, path);
      const problem = geometryProblem(geometry);
      if (problem) this.fail(`invalid ${geometry.type}: ${problem}`, path);
      return { kind: 'geometry', geometry };
    }
    if (isObject(value) && typeof value.op === 'string') this.fail(unsupportedOperator(value.op), path);
    return this.fail('expected a geometry property, a bbox or a GeoJSON geometry', path);
  }

  private bbox(bbox: unknown, path: string): SpatialOperand {
    if (!Array.isArray(bbox) || !bbox.every((n) => typeof n === 'number'))
      this.fail('"bbox" must be an array of numbers', path);
    if (bbox.length === 6)
      this.fail('a bbox of 6 numbers (3D) is not supported; give minx,miny,maxx,maxy', path);
    const [minx, miny, maxx, maxy] = bbox as number[];
    if (
      bbox.length !== 4 ||
      minx === undefined ||
      miny === undefined ||
      maxx === undefined ||
      maxy === undefined
    )
      this.fail(`a bbox needs 4 numbers (minx,miny,maxx,maxy), got ${bbox.length}`, path);
    const problem = bboxProblem([minx, miny, maxx, maxy]);
    if (problem) this.fail(problem, path);
    return { kind: 'bbox', bbox: [minx, miny, maxx, maxy] };
  }
}

/** Parses a CQL2-JSON filter (already read with JSON.parse); throws Cql2Error naming the path. */
export function parseCql2Json(json: unknown): Cql2Expression {
  return new JsonReader().expression(json, '');
}
