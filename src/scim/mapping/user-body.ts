import type { JsonObject } from '../json';
import { USER_CATALOGUE } from '../schemas';
import { normaliseResource } from './normalise';

/**
 * Reads a POST or PUT body (RFC 7644 §3.3, §3.5.1) into a User resource with canonical names
 * (normalise.ts says which spellings arrive and what is dropped). Fixtures: okta/03-create-user.json
 * (password, groups), okta/07-put-profile-update.json (id, meta, groups echoed),
 * okta/21-role-change-put.json (role URN variant), entra/02-create-user.json ("Primary",
 * "Department"), entra/17-create-string-boolean-nulls.json ("True", nulls, unknowns).
 */
export function readUserBody(body: unknown, id?: string): JsonObject {
  return normaliseResource(body, USER_CATALOGUE, id);
}
