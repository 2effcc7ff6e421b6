import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

/** A group of CAMEO root categories drawn with one shape. */
export interface CategoryShape {
  name: string;
  /** CAMEO root codes in the group. */
  codes: readonly string[];
  symbol: SymbolType;
}

/** The shape groups, from cooperative talk to force; the legend lists them in this order. */
export const CATEGORY_SHAPES: readonly CategoryShape[] = [
  { name: 'statement, appeal', codes: ['01', '02'], symbol: symbolCircle },
  { name: 'intent, consult, diplomacy', codes: ['03', '04', '05'], symbol: symbolDiamond },
  { name: 'aid, yield, material help', codes: ['06', '07', '08'], symbol: symbolSquare },
  { name: 'investigate, demand', codes: ['09', '10'], symbol: symbolWye },
  { name: 'disapprove, reject', codes: ['11', '12'], symbol: symbolTriangle },
  { name: 'threaten, protest, posture', codes: ['13', '14', '15'], symbol: symbolCross },
  { name: 'sanction, coerce, force', codes: ['16', '17', '18', '19', '20'], symbol: symbolStar },
];

const byCode = new Map(CATEGORY_SHAPES.flatMap((shape) => shape.codes.map((code) => [code, shape] as const)));

/** The shape group of a category code (statements without one are drawn as statements). */
export function shapeOfCategory(code: string | null | undefined): CategoryShape {
  return (code && byCode.get(code)) || CATEGORY_SHAPES[0]!;
}

const paths = new Map<string, string>();

/** The SVG path of a category's shape at `size` square pixels, centred on 0,0 (cached). */
export function shapePath(code: string | null | undefined, size: number): string {
  const shape = shapeOfCategory(code);
  const key = `${shape.name}:${size}`;
  let d = paths.get(key);
  if (!d) {
    d = symbol(shape.symbol, size)() ?? '';
    paths.set(key, d);
  }
  return d;
}
