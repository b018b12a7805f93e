// The spatial literals of CQL2-Text: BBOX(minx,miny,maxx,maxy) and 2D WKT (OGC 06-103r4
// clause 7, as the CQL2 BNF restates it). Z and M coordinates, EMPTY and 3D boxes are refused
// by name; coordinates are counted against MAX_COORDINATES while they are read.
import type { Geometry, Position, SpatialLiteral } from './ast.ts';
import { bboxProblem, geometryProblem } from './geometry.ts';
import { MAX_COORDINATES } from './limits.ts';
import type { TextCursor } from './text-cursor.ts';

const TAGS = {
  POINT: 'Point',
  LINESTRING: 'LineString',
  POLYGON: 'Polygon',
  MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString',
  MULTIPOLYGON: 'MultiPolygon',
  GEOMETRYCOLLECTION: 'GeometryCollection',
} as const;
type Tag = keyof typeof TAGS;

const isTag = (word: string): word is Tag => Object.hasOwn(TAGS, word);

/** Whether a word starts a spatial literal (a WKT tag, possibly glued to Z/M, or BBOX). */
export function isSpatialLiteralWord(upper: string): boolean {
  return upper === 'BBOX' || isTag(upper) || isTag(upper.replace(/(ZM|Z|M)$/, ''));
}

class GeometryReader {
  private positions = 0;

  constructor(private readonly cursor: TextCursor) {}

  number(what: string): number {
    const sign = this.cursor.isSymbol('-') ? -1 : this.cursor.isSymbol('+') ? 1 : 0;
    if (sign !== 0) this.cursor.next();
    const token = this.cursor.peek();
    if (token.type !== 'number') this.cursor.fail(what);
    this.cursor.next();
    return sign < 0 ? -token.value : token.value;
  }

  position(): Position {
    const start = this.cursor.peek().start;
    const x = this.number('a coordinate');
    const y = this.number('a second coordinate');
    const third = this.cursor.peek();
    if (third.type === 'number' || this.cursor.isSymbol('-') || this.cursor.isSymbol('+'))
      this.cursor.error('3D or measured coordinates are not supported; give x y only', third.start);
    if (++this.positions > MAX_COORDINATES)
      this.cursor.error(`a geometry of more than ${MAX_COORDINATES} coordinates`, start);
    return [x, y];
  }

  /** `( item {, item} )` */
  list<T>(item: () => T): T[] {
    this.cursor.expectSymbol('(');
    const items = [item()];
    while (this.cursor.isSymbol(',')) {
      this.cursor.next();
      items.push(item());
    }
    this.cursor.expectSymbol(')');
    return items;
  }

  path = (): Position[] => this.list(() => this.position());
  polygon = (): Position[][] => this.list(this.path);
  /** MULTIPOINT members are `(x y)` in the BNF; the bare `x y` of older WKT is read too. */
  multiPointMember = (): Position => {
    return this.cursor.isSymbol('(') ? this.parenthesizedPosition() : this.position();
  };

  private parenthesizedPosition(): Position {
    this.cursor.expectSymbol('(');
    const position = this.position();
    this.cursor.expectSymbol(')');
    return position;
  }

  geometry(): Geometry {
    const token = this.cursor.peek();
    if (token.type !== 'word' || !isSpatialLiteralWord(token.upper) || token.upper === 'BBOX')
      this.cursor.fail('a WKT geometry');
    this.cursor.next();
    if (!isTag(token.upper) || ['Z', 'M', 'ZM'].some((d) => this.cursor.isWord(d)))
      this.cursor.error(`${token.text} Z / M (3D or measured geometries) is not supported`, token.start);
    if (this.cursor.isWord('EMPTY')) this.cursor.error(`${token.upper} EMPTY is not supported`, token.start);
    const geometry = this.tagged(token.upper, token.start);
    const problem = geometryProblem(geometry);
    if (problem) this.cursor.error(`invalid ${token.upper}: ${problem}`, token.start);
    return geometry;
  }

  private tagged(tag: Tag, start: number): Geometry {
    switch (tag) {
      case 'POINT':
        return { type: 'Point', coordinates: this.parenthesizedPosition() };
      case 'LINESTRING':
        return { type: 'LineString', coordinates: this.path() };
      case 'POLYGON':
        return { type: 'Polygon', coordinates: this.polygon() };
      case 'MULTIPOINT':
        return { type: 'MultiPoint', coordinates: this.list(this.multiPointMember) };
      case 'MULTILINESTRING':
        return { type: 'MultiLineString', coordinates: this.list(this.path) };
      case 'MULTIPOLYGON':
        return { type: 'MultiPolygon', coordinates: this.list(this.polygon) };
      case 'GEOMETRYCOLLECTION': {
        this.cursor.enter(start);
        const geometries = this.list(() => this.geometry());
        this.cursor.leave();
        return { type: 'GeometryCollection', geometries };
      }
    }
  }

  bbox(): SpatialLiteral {
    const start = this.cursor.expectWord('BBOX').start;
    const numbers = this.list(() => this.number('a number'));
    if (numbers.length === 6)
      this.cursor.error('BBOX with 6 numbers (3D) is not supported; give minx,miny,maxx,maxy', start);
    const [minx, miny, maxx, maxy] = numbers;
    if (
      numbers.length !== 4 ||
      minx === undefined ||
      miny === undefined ||
      maxx === undefined ||
      maxy === undefined
    )
      this.cursor.error(`BBOX needs 4 numbers (minx,miny,maxx,maxy), got ${numbers.length}`, start);
    const problem = bboxProblem([minx, miny, maxx, maxy]);
    if (problem) this.cursor.error(problem, start);
    return { kind: 'bbox', bbox: [minx, miny, maxx, maxy] };
  }
}

/** Reads BBOX(...) or a WKT geometry at the cursor. */
export function readSpatialLiteral(cursor: TextCursor): SpatialLiteral {
  const reader = new GeometryReader(cursor);
  if (cursor.isWord('BBOX')) return reader.bbox();
  return { kind: 'geometry', geometry: reader.geometry() };
}
