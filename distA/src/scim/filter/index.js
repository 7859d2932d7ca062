"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseDateTime = exports.resolveFilter = exports.parsePatchPath = exports.parseFilter = exports.formatPatchPath = exports.formatFilter = exports.resolveAttrPath = exports.matchesFilter = exports.formatAttrPath = exports.attrPathKey = exports.MAX_FILTER_LENGTH = exports.MAX_FILTER_DEPTH = exports.COMPARE_OPS = void 0;
/** SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2): parse, print, resolve against a catalogue. */
var ast_1 = require("./ast");
Object.defineProperty(exports, "COMPARE_OPS", { enumerable: true, get: function () { return ast_1.COMPARE_OPS; } });
Object.defineProperty(exports, "MAX_FILTER_DEPTH", { enumerable: true, get: function () { return ast_1.MAX_FILTER_DEPTH; } });
Object.defineProperty(exports, "MAX_FILTER_LENGTH", { enumerable: true, get: function () { return ast_1.MAX_FILTER_LENGTH; } });
Object.defineProperty(exports, "attrPathKey", { enumerable: true, get: function () { return ast_1.attrPathKey; } });
var attr_path_1 = require("./attr-path");
Object.defineProperty(exports, "formatAttrPath", { enumerable: true, get: function () { return attr_path_1.formatAttrPath; } });
var evaluate_1 = require("./evaluate");
Object.defineProperty(exports, "matchesFilter", { enumerable: true, get: function () { return evaluate_1.matchesFilter; } });
var catalogue_1 = require("./catalogue");
Object.defineProperty(exports, "resolveAttrPath", { enumerable: true, get: function () { return catalogue_1.resolveAttrPath; } });
var format_1 = require("./format");
Object.defineProperty(exports, "formatFilter", { enumerable: true, get: function () { return format_1.formatFilter; } });
Object.defineProperty(exports, "formatPatchPath", { enumerable: true, get: function () { return format_1.formatPatchPath; } });
var parser_1 = require("./parser");
Object.defineProperty(exports, "parseFilter", { enumerable: true, get: function () { return parser_1.parseFilter; } });
var patch_path_1 = require("./patch-path");
Object.defineProperty(exports, "parsePatchPath", { enumerable: true, get: function () { return patch_path_1.parsePatchPath; } });
var resolve_1 = require("./resolve");
Object.defineProperty(exports, "resolveFilter", { enumerable: true, get: function () { return resolve_1.resolveFilter; } });
var values_1 = require("./values");
Object.defineProperty(exports, "parseDateTime", { enumerable: true, get: function () { return values_1.parseDateTime; } });
//# sourceMappingURL=index.js.map