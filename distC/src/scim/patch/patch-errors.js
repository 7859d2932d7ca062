"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.patchError = patchError;
const errors_1 = require("../errors");
function patchError(scimType, detail) {
    return new errors_1.ScimError(400, scimType, detail);
}
//# sourceMappingURL=patch-errors.js.map