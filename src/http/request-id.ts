import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const MAX_LENGTH = 128;
const ids = new WeakMap<Request, string>();

/**
 * A caller's `X-Request-Id` kept to characters safe in logs and headers and cut to 128 (the audit
 * column's size); null when nothing usable is left.
 */
function sanitizeRequestId(value: string | undefined): string | null {
  const clean = (value ?? '').replace(/[^A-Za-z0-9._:\-]/g, '').slice(0, MAX_LENGTH);
  return clean === '' ? null : clean;
}

/**
 * Whether a caller's id holds an API token (they start `sgt_`) or the request's own credential: the
 * id is echoed, logged and stored with audit events, where a secret must never go.
 */
function carriesSecret(id: string, authorization: string | undefined): boolean {
  const credential = (authorization ?? '').replace(/^\S+\s+/, '').trim();
  const secret = credential.replace(/^sgt_/, '');
  return id.toLowerCase().includes('sgt_') || (secret.length >= 8 && (id.includes(secret) || (id.length >= 8 && secret.includes(id))));
}

/** Honours `X-Request-Id` (unless it carries a secret) or generates one, and echoes it on the response. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  // Judged as sent, before it is cut to what a log may hold: a cut or cleaned secret is still one.
  const raw = req.get('x-request-id');
  const sent = raw !== undefined && !carriesSecret(raw, req.get('authorization')) ? sanitizeRequestId(raw) : null;
  const id = sent ?? randomUUID();
  ids.set(req, id);
  res.setHeader('X-Request-Id', id);
  next();
}

/** The id `requestIdMiddleware` gave this request. */
export function requestIdOf(req: Request): string {
  const id = ids.get(req);
  if (!id) throw new Error('requestIdMiddleware has not run for this request');
  return id;
}
