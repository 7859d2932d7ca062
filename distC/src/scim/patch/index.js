"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parsePatchRequest = exports.PATCH_OP_SCHEMA = exports.resolvePatchPath = exports.isJsonObject = exports.memberIds = exports.groupPatchToMemberChanges = exports.applyPatchOperations = exports.applyPatch = void 0;
/**
 * The SCIM PATCH engine (RFC 7644 §3.5.2) as a pure module: it applies a PatchOp request to a
 * resource held as plain JSON, guided by an injected attribute catalogue, and splits a Group PATCH
 * into member deltas.
 */
var apply_1 = require("./apply");
Object.defineProperty(exports, "applyPatch", { enumerable: true, get: function () { return apply_1.applyPatch; } });
Object.defineProperty(exports, "applyPatchOperations", { enumerable: true, get: function () { return apply_1.applyPatchOperations; } });
var group_members_1 = require("./group-members");
Object.defineProperty(exports, "groupPatchToMemberChanges", { enumerable: true, get: function () { return group_members_1.groupPatchToMemberChanges; } });
Object.defineProperty(exports, "memberIds", { enumerable: true, get: function () { return group_members_1.memberIds; } });
var json_1 = require("../json");
Object.defineProperty(exports, "isJsonObject", { enumerable: true, get: function () { return json_1.isJsonObject; } });
var path_1 = require("./path");
Object.defineProperty(exports, "resolvePatchPath", { enumerable: true, get: function () { return path_1.resolvePatchPath; } });
var request_1 = require("./request");
Object.defineProperty(exports, "PATCH_OP_SCHEMA", { enumerable: true, get: function () { return request_1.PATCH_OP_SCHEMA; } });
Object.defineProperty(exports, "parsePatchRequest", { enumerable: true, get: function () { return request_1.parsePatchRequest; } });
//# sourceMappingURL=index.js.map