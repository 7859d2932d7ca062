import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { describeInputFault, findInputFault } from '../common/input-guard';
import { allowedMethods, type AllowedMethods } from './allowed-methods';
import { attachBackend, createBackend } from './backend';
import { ScimError, toScimError, toScimErrorBody } from './errors';
import { validateDocuments, type ScimDependencies } from './execute';
import { GROUP_DOCUMENTS } from './groups.backend';
import { sendScim } from './respond';
import { USER_DOCUMENTS } from './users.backend';

/**
 * Registers a resource's routes on the SCIM router. Handlers get the façade's dependencies; the
 * request's typed backend (`backendOf(res)`) exists once the auth step has run.
 */
export type ScimRoutes = (router: Router, deps: ScimDependencies) => void;

/** RFC 7644 §3.1: both media types, with or without charset. */
const JSON_TYPES = ['application/json', 'application/scim+json', 'application/*+json'];

function authenticate(deps: ScimDependencies) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    attachBackend(res, createBackend(deps.execute, await deps.createContext(req)));
    next();
  };
}

/**
 * Every string of the query and the body is Unicode without NUL, and the body nests at most
 * MAX_INPUT_DEPTH levels: 400 naming the attribute otherwise (invalidValue; invalidSyntax for
 * nesting, RFC 7644 §3.12), before any handler reads them.
 */
function checkInput(req: Request, _res: Response, next: NextFunction): void {
  const query = findInputFault(req.query);
  if (query) throw new ScimError(400, 'invalidValue', `Query parameter ${describeInputFault(query, 'the query')}`);
  const body = findInputFault(req.body);
  if (body) throw new ScimError(400, body.problem === 'depth' ? 'invalidSyntax' : 'invalidValue', describeInputFault(body, 'The request body'));
  next();
}

/**
 * A request no route took: 405 with `Allow` when its path exists for other methods (RFC 9110
 * §15.5.6; `PUT /Users`, `POST /Users/{id}`), else 404. Sent, not thrown, like /Bulk's 501: a
 * refusal we chose is no server failure.
 */
function unrouted(allowed: AllowedMethods) {
  return (req: Request, res: Response): void => {
    const methods = allowed(req.path);
    if (methods.length === 0) throw new ScimError(404, undefined, `No SCIM endpoint ${req.method} ${req.path}`);
    const error = new ScimError(405, undefined, `${req.path} does not support ${req.method}; it supports ${methods.join(', ')}`);
    sendScim(res, 405, toScimErrorBody(error), { Allow: methods.join(', ') });
  };
}

function renderErrors(deps: ScimDependencies) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const scimError = toScimError(error);
    if (scimError.status >= 500 && scimError.status !== 503) deps.reportError(error, req);
    // A response already under way cannot become an error body: cut it, so the client sees it failed.
    if (res.headersSent) {
      res.destroy();
      return;
    }
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
  validateDocuments(deps.schema, { ...USER_DOCUMENTS, ...GROUP_DOCUMENTS });
  const router = express.Router({ caseSensitive: false, strict: false });
  router.use(authenticate(deps));
  router.use(express.json({ type: JSON_TYPES, limit: deps.maxBodyBytes }));
  router.use(checkInput);
  for (const routes of resources) routes(router, deps);
  router.use(unrouted(allowedMethods(router)));
  router.use(renderErrors(deps));
  return router;
}
