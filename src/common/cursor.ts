import { isUuid } from './ids';

/**
 * The one keyset cursor, shared by GraphQL connections and SCIM cursor paging (RFC 9865).
 * It names the sort key and the last row's values, so the next page is `(key, id) > (…)`,
 * served by an index instead of an OFFSET scan. Opaque to clients: base64url of JSON.
 */
export interface KeysetCursor {
  /** Sort field the cursor was made for; a cursor used with another sort is rejected. */
  sort: string;
  /** Sort direction. */
  desc: boolean;
  /** The sort value of the last row seen (ISO string for dates); null sorts last. */
  value: string | number | boolean | null;
  /** The id of the last row seen: the tie-breaker. */
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.desc ? 1 : 0, cursor.value, cursor.id])).toString('base64url');
}

/** Decodes a cursor; null when it is not one of ours (the caller raises the protocol's error). */
export function decodeCursor(text: string): KeysetCursor | null {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(text)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [sort, desc, value, id] = parsed as unknown[];
    // Every row is keyed by a UUID: any other id was not made here, and would not compare as one.
    if (typeof sort !== 'string' || (desc !== 0 && desc !== 1) || typeof id !== 'string' || !isUuid(id)) return null;
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) return null;
    return { sort, desc: desc === 1, value: value as KeysetCursor['value'], id };
  } catch {
    return null;
  }
}
