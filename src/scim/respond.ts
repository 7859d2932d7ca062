import type { Response } from 'express';

/** RFC 7644 §3.1: responses are `application/scim+json`. */
export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

/**
 * Sends a SCIM body (or none, for 204) with the SCIM media type and the given headers, straight
 * through Node's response: Express's `send` looks up a media type the façade already knows. A GET
 * whose `If-None-Match` names the ETag sent is answered 304 without a body (RFC 9110 §13.1.2).
 */
export function sendScim(res: Response, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  for (const name in headers) res.setHeader(name, headers[name]);
  res.statusCode = status;
  if (status === 200 && res.req.headers['if-none-match'] !== undefined && res.req.fresh) {
    res.statusCode = 304;
    res.end();
    return;
  }
  if (body === undefined) {
    res.end();
    return;
  }
  const json = JSON.stringify(body);
  res.setHeader('Content-Type', SCIM_CONTENT_TYPE);
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}

/** `W/"<version>"`: the weak ETag of DESIGN.md, equal to `meta.version`. */
export const weakEtag = (version: number): string => `W/"${version}"`;

/** Versions are 32-bit integers (GraphQL `Int`): an ETag naming a larger one was never ours. */
const MAX_VERSION = 2 ** 31 - 1;

/**
 * The version an `If-Match` header names, or undefined when absent or `*`; null when it is not one
 * of ours (another form, or a number no version reaches: `W/"99999999999"`), which never matches.
 */
export function ifMatchVersion(header: string | undefined): number | null | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(header);
  const version = match ? Number(match[1]) : NaN;
  return version <= MAX_VERSION ? version : null;
}
