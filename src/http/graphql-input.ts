import type { RequestHandler } from 'express';
import { DomainError } from '../common/errors';
import { describeInputFault, findInputFault, MAX_INPUT_DEPTH, stringProblem } from '../common/input-guard';
import { BAD_REQUEST_CODE } from '../graphql/errors';
import { sendDomainError } from './errors';

/**
 * Brackets (`{`, `[`, `(`) a query may nest outside its strings and comments: its selections
 * (at most `maxQueryDepth`) plus input literals as deep as variables may be, plus slack for
 * arguments and directives. graphql-js parses recursively: a literal nested 3,000 deep would
 * overflow its stack.
 */
export const queryBracketLimit = (maxQueryDepth: number): number => maxQueryDepth + MAX_INPUT_DEPTH + 8;

/** The deepest bracket nesting of a GraphQL source text, strings (also block strings) and comments skipped; stops past `limit`. */
export function bracketDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i += 1;
    } else if (c === 0x22 /* " */) {
      if (text.startsWith('"""', i)) {
        // A block string ends at the first """ not escaped as \""" (GraphQL spec, BlockStringCharacter).
        let end = text.indexOf('"""', i + 3);
        while (end > 0 && text.charCodeAt(end - 1) === 0x5c) end = text.indexOf('"""', end + 3);
        i = end < 0 ? text.length : end + 2;
      } else {
        for (i += 1; i < text.length && text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x0a; i += 1) if (text.charCodeAt(i) === 0x5c) i += 1;
      }
    } else if (c === 0x7b || c === 0x5b || c === 0x28) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) depth -= 1;
  }
  return deepest;
}

/** GET carries variables as JSON text: checked as what it decodes to (Apollo reports text that is not JSON). */
function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const badInput = (message: string, field: string): DomainError => new DomainError('BAD_USER_INPUT', message, { field });

/** The first problem of a GraphQL request's parameters (POST body or GET query string), or null. */
export function graphqlInputProblem(params: Record<string, unknown>, bracketLimit: number): DomainError | null {
  const { query, variables, operationName, extensions } = params;
  if (typeof query === 'string') {
    const problem = stringProblem(query);
    if (problem) return badInput(describeInputFault({ problem, path: '' }, 'query'), 'query');
    if (bracketDepth(query, bracketLimit) > bracketLimit) return badInput(`query nests deeper than ${bracketLimit} brackets`, 'query');
  }
  if (typeof operationName === 'string' && stringProblem(operationName)) return badInput('operationName is not valid Unicode without NUL', 'operationName');
  for (const [name, raw] of [['variables', variables], ['extensions', extensions]] as const) {
    const fault = findInputFault(typeof raw === 'string' ? jsonOrText(raw) : raw);
    if (fault) return badInput(describeInputFault(fault, name), fault.path ? `${name}.${fault.path}` : name);
  }
  return null;
}

/**
 * Express middleware in front of Apollo on `/graphql`: strings without NUL or unpaired
 * surrogates, variables no deeper than MAX_INPUT_DEPTH, a query text no deeper than its bracket
 * limit. Anything else: 400 BAD_USER_INPUT naming the field, before the query is parsed.
 */
export function graphqlInputGuard(maxQueryDepth: number): RequestHandler {
  const limit = queryBracketLimit(maxQueryDepth);
  return (req, res, next) => {
    const params = req.method === 'GET' ? (req.query as Record<string, unknown>) : (req.body as Record<string, unknown> | undefined);
    const problem = params && typeof params === 'object' ? graphqlInputProblem(params, limit) : null;
    if (problem) return sendDomainError(res, problem);
    next();
  };
}

/**
 * The media types Apollo answers a single result in (its MEDIA_TYPES, parameters included, so
 * that `Accept: application/json; charset=latin1` is refused here exactly as Apollo refuses it).
 */
const RESULT_MEDIA_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

/**
 * Express middleware in front of Apollo on `/graphql`: a request whose `Accept` takes none of the
 * types a result is sent in answers 406 before it executes. Apollo checks `Accept` only once the
 * operation has run, so a mutation would be applied and its client told it failed.
 */
export const graphqlAcceptGuard: RequestHandler = (req, res, next) => {
  if (!req.get('accept') || req.accepts(RESULT_MEDIA_TYPES)) return next();
  res.status(406).json({
    errors: [{ message: `An 'accept' header was provided for this request which does not accept ${RESULT_MEDIA_TYPES[0]} or ${RESULT_MEDIA_TYPES[1]}`, extensions: { code: BAD_REQUEST_CODE } }],
  });
};
