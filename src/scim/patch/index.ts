/**
 * The SCIM PATCH engine (RFC 7644 §3.5.2) as a pure module: it applies a PatchOp request to a
 * resource held as plain JSON, guided by an injected attribute catalogue, and splits a Group PATCH
 * into member deltas.
 */
export { applyPatch, applyPatchOperations } from './apply';
export { groupPatchToMemberChanges, memberIds, type GroupMemberChanges } from './group-members';
export { isJsonObject, type JsonObject, type JsonValue } from '../json';
export { resolvePatchPath, type PatchTarget } from './path';
export { PATCH_OP_SCHEMA, parsePatchRequest, type PatchOpName } from './request';
