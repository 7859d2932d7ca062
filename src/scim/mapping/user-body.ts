import { ScimError } from '../errors';
import { applyPatchOperations, isJsonObject, type JsonObject } from '../patch';
import { CORE_USER, USER_CATALOGUE } from '../schemas';

/**
 * Reads a POST or PUT body (RFC 7644 §3.3, §3.5.1) into a User resource with canonical names.
 *
 * A whole-resource body is a path-less `replace` of every attribute onto an empty user, so the PATCH
 * engine's reading of values applies to it unchanged: attribute and sub-attribute names in any case
 * (`"Primary"`, `"Department"`), boolean strings (`"True"`), `manager` as a bare id, extension
 * objects under any spelling of their URN (the writer role URN with or without `:User`, listed in
 * `schemas` or not), URN-qualified and dotted keys, explicit nulls. Unknown attributes and schema
 * URNs are ignored, never a 400 (DESIGN.md). Read-only input (`meta`, `groups`, `schemas`) and the
 * write-only `password` are dropped; `id` is dropped on create and must equal `id` on replace
 * (else 400 mutability). Fixtures: okta/03-create-user.json (password, groups), okta/07-put-profile-update.json
 * (id, meta, groups echoed), okta/21-role-change-put.json (role URN variant), entra/02-create-user.json
 * ("Primary", "Department"), entra/17-create-string-boolean-nulls.json ("True", nulls, unknowns).
 */
export function readUserBody(body: unknown, id?: string): JsonObject {
  if (!isJsonObject(body)) {
    throw new ScimError(400, 'invalidSyntax', 'The request body must be a JSON object (Content-Type application/scim+json or application/json)');
  }
  const empty: JsonObject = { schemas: [CORE_USER], ...(id === undefined ? {} : { id }) };
  return applyPatchOperations(empty, [{ op: 'replace', value: body }], USER_CATALOGUE);
}
