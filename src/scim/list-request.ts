import type { Request } from 'express';
import { ScimError } from './errors';
import { keysNamed } from './json';

/** RFC 7644 §3.4.2 query parameters, from a GET query string or a `.search` body (§3.4.3). */
export interface ListRequest {
  filter: string | null;
  sortBy: string | null;
  descending: boolean;
  /** 1-based index of the first result (index paging). */
  startIndex: number;
  count: number;
  /** RFC 9865: undefined = index paging; '' = the first page of cursor paging; else a cursor. */
  cursor: string | undefined;
  attributes: string[];
  excludedAttributes: string[];
}

/** Advertised in ServiceProviderConfig as `filter.maxResults` and `pagination.maxPageSize`. */
export const MAX_RESULTS = 1000;
export const DEFAULT_PAGE_SIZE = 100;
/** The largest startIndex honoured: a 32-bit offset. Any larger one asks for a page past every list, as this one does. */
export const MAX_START_INDEX = 2 ** 31 - 1;

type Raw = Record<string, unknown>;

/** Parameter names are case-insensitive (`startindex`, `StartIndex`). */
function lookup(raw: Raw, name: string): unknown {
  const [key] = keysNamed(raw, name);
  const value = key === undefined ? undefined : raw[key];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function text(raw: Raw, name: string): string | null {
  const value = lookup(raw, name);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ScimError(400, 'invalidValue', `${name} must be a string`);
  return value.trim() === '' ? null : value;
}

function integer(raw: Raw, name: string, fallback: number): number {
  const value = lookup(raw, name);
  if (value === undefined || value === null || value === '') return fallback;
  const parsed = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(parsed)) throw new ScimError(400, name === 'count' ? 'invalidCount' : 'invalidValue', `${name} must be an integer`);
  return parsed;
}

/** `attributes=userName,emails`, the parameter repeated, or a JSON array in `.search`: every element counts. */
function list(raw: Raw, name: string): string[] {
  const [key] = keysNamed(raw, name);
  const value = key === undefined ? undefined : raw[key];
  if (value === undefined || value === null) return [];
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(','));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function sortOrder(raw: Raw): boolean {
  const order = text(raw, 'sortOrder');
  if (order === null) return false;
  const normalised = order.toLowerCase();
  if (normalised !== 'ascending' && normalised !== 'descending') {
    throw new ScimError(400, 'invalidValue', 'sortOrder must be "ascending" or "descending"');
  }
  return normalised === 'descending';
}

function cursorParameter(raw: Raw): string | undefined {
  const [key] = keysNamed(raw, 'cursor');
  if (key === undefined) return undefined;
  const value = lookup(raw, 'cursor');
  return value === null || value === undefined ? '' : String(value);
}

/**
 * RFC 7644 §3.4.2.4: startIndex below 1 means 1; a negative count means 0; counts are capped at
 * MAX_RESULTS, and startIndex at MAX_START_INDEX (a page past the end: empty, with its total).
 */
export function parseListRequest(raw: Raw): ListRequest {
  const cursor = cursorParameter(raw);
  const count = integer(raw, 'count', DEFAULT_PAGE_SIZE);
  if (cursor !== undefined && lookup(raw, 'startIndex') !== undefined) {
    throw new ScimError(400, 'invalidValue', 'startIndex and cursor cannot be used together');
  }
  return {
    filter: text(raw, 'filter'),
    sortBy: text(raw, 'sortBy'),
    descending: sortOrder(raw),
    startIndex: Math.min(Math.max(1, integer(raw, 'startIndex', 1)), MAX_START_INDEX),
    count: Math.min(Math.max(0, count), MAX_RESULTS),
    cursor,
    attributes: list(raw, 'attributes'),
    excludedAttributes: list(raw, 'excludedAttributes'),
  };
}

/** GET: the query string (Express decodes `+` as a space); POST `.search`: the JSON body. */
export function listRequestOf(req: Request): ListRequest {
  if (req.method === 'POST') {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ScimError(400, 'invalidSyntax', 'A search request body must be a JSON object');
    }
    return parseListRequest(body as Raw);
  }
  return parseListRequest(req.query as Raw);
}
