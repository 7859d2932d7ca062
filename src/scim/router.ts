import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { DocumentNode } from 'graphql';
import { ScimError, scimErrorFromGraphQLError, toScimError, toScimErrorBody } from './errors';
import type { ScimDependencies } from './execute';
import { sendScim } from './respond';

/**
 * Registers a resource's routes on the SCIM router. Handlers get the façade's dependencies; the
 * per-request GraphQL context (built by `createContext`, opaque here) is on `res.locals.scimContext`
 * once the auth step has run (`contextOf`).
 */
export type ScimRoutes = (router: Router, deps: ScimDependencies) => void;

/** RFC 7644 §3.1: both media types, with or without charset. */
const JSON_TYPES = ['application/json', 'application/scim+json', 'application/*+json'];

/** The context the auth step built for this request. */
export const contextOf = (res: Response): unknown => res.locals.scimContext;

/**
 * Runs one prepared GraphQL document with the request's context. A result with any `errors` is a
 * failure even when `data` is present: the first error becomes the SCIM error.
 */
export async function runGraphQL<T>(deps: ScimDependencies, res: Response, document: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  const result = await deps.execute(document, variables, contextOf(res));
  if (result.errors?.length) throw scimErrorFromGraphQLError(result.errors[0]);
  return result.data as T;
}

function authenticate(deps: ScimDependencies) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    res.locals.scimContext = await deps.createContext(req);
    next();
  };
}

function notFound(req: Request): never {
  throw new ScimError(404, undefined, `No SCIM endpoint ${req.method} ${req.path}`);
}

function renderErrors(deps: ScimDependencies) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const scimError = toScimError(error);
    if (scimError.status >= 500 && scimError.status !== 503) deps.reportError(error, req);
    const headers: Record<string, string> = {};
    if (scimError.retryAfter !== undefined) headers['Retry-After'] = String(scimError.retryAfter);
    if (scimError.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="scim"';
    sendScim(res, scimError.status, toScimErrorBody(scimError), headers);
  };
}

/**
 * The SCIM 2.0 door, mounted at `/scim/v2`: authenticates a `scim` token, parses SCIM bodies,
 * hands each resource's routes the dependencies, and renders every failure as a SCIM Error.
 * Paths are matched case-insensitively (`/users` = `/Users`), trailing slashes tolerated.
 */
export function createScimRouter(deps: ScimDependencies, resources: readonly ScimRoutes[]): Router {
  const router = express.Router({ caseSensitive: false, strict: false });
  router.use(authenticate(deps));
  router.use(express.json({ type: JSON_TYPES, limit: deps.maxBodyBytes }));
  for (const routes of resources) routes(router, deps);
  router.use(notFound);
  router.use(renderErrors(deps));
  return router;
}
