import { BadUserInputError } from '../errors/index';

/** Encodes a row's sort key as an opaque cursor (base64url of JSON), so clients never depend on its shape. */
export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` with `size` string parts; null stays null. Throws BadUserInputError naming
 * `argument` when the value is not such a cursor.
 */
export function decodeCursor(cursor: string | null | undefined, size: number, argument = 'after'): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = cursor.length <= 2000 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== size || !parsed.every((x) => typeof x === 'string')) {
    throw new BadUserInputError(`${argument}: not a cursor this API gave out; pass a previous page's pageInfo.endCursor, or leave it out to start at the first page`);
  }
  return parsed as string[];
}

/** Turns `first + 1` fetched rows into a page: at most `first` edges, `hasNextPage` when the extra row came back. */
export function pageOf<T>(rows: T[], first: number, keyOf: (row: T) => Array<string | number>, totalCount: number) {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
