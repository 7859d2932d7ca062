import { isJsonObject, readKey, sameName, type JsonValue } from '../json';
import type { ScimPatchOp, ScimPatchOperation } from '../types';
import { patchError } from './patch-errors';

export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type PatchOpName = ScimPatchOperation['op'];

const OP_NAMES: readonly PatchOpName[] = ['add', 'replace', 'remove'];

/**
 * Validates a PatchOp body (RFC 7644 §3.5.2) and returns its operations in order.
 * Member names (`Operations`, `op`, `path`, `value`) and op names are matched case-insensitively
 * (Entra sends `"op":"Replace"`: entra/05-patch-replace-attributes.json). A missing `schemas` is tolerated when `Operations` is present;
 * a `schemas` that does not list the PatchOp URN, or a missing or empty `Operations`, is 400 invalidSyntax.
 */
export function parsePatchRequest(body: unknown): ScimPatchOp['Operations'] {
  if (!isJsonObject(body)) throw patchError('invalidSyntax', 'The PATCH body must be a JSON object');
  const schemas = readKey(body, 'schemas');
  if (schemas !== undefined && !(Array.isArray(schemas) && schemas.some((s) => typeof s === 'string' && sameName(s, PATCH_OP_SCHEMA)))) {
    throw patchError('invalidSyntax', `The PATCH body's schemas must list ${PATCH_OP_SCHEMA}`);
  }
  const operations = readKey(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) {
    throw patchError('invalidSyntax', 'The PATCH body must carry a non-empty Operations array');
  }
  return operations.map((operation, index) => parseOperation(operation, index));
}

function parseOperation(operation: JsonValue, index: number): ScimPatchOperation {
  const where = `Operations[${index}]`;
  if (!isJsonObject(operation)) throw patchError('invalidSyntax', `${where} must be an object`);
  const opName = readKey(operation, 'op');
  const op = OP_NAMES.find((name) => typeof opName === 'string' && sameName(name, opName.trim()));
  if (!op) throw patchError('invalidSyntax', `${where}.op must be add, replace or remove, not ${JSON.stringify(opName ?? null)}`);
  const path = readKey(operation, 'path');
  if (path !== undefined && path !== null && typeof path !== 'string') {
    throw patchError('invalidPath', `${where}.path must be a string`);
  }
  const value = readKey(operation, 'value');
  const trimmed = typeof path === 'string' && path.trim() !== '' ? path.trim() : undefined;
  return { op, ...(trimmed === undefined ? {} : { path: trimmed }), ...(value === undefined ? {} : { value }) };
}
