"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeCursor = encodeCursor;
exports.decodeCursor = decodeCursor;
const ids_1 = require("./ids");
function encodeCursor(cursor) {
    return Buffer.from(JSON.stringify([cursor.sort, cursor.desc ? 1 : 0, cursor.value, cursor.id])).toString('base64url');
}
/** Decodes a cursor; null when it is not one of ours (the caller raises the protocol's error). */
function decodeCursor(text) {
    if (!/^[A-Za-z0-9_-]{1,2048}$/.test(text))
        return null;
    try {
        const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
        if (!Array.isArray(parsed) || parsed.length !== 4)
            return null;
        const [sort, desc, value, id] = parsed;
        // Every row is keyed by a UUID: any other id was not made here, and would not compare as one.
        if (typeof sort !== 'string' || (desc !== 0 && desc !== 1) || typeof id !== 'string' || !(0, ids_1.isUuid)(id))
            return null;
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
            return null;
        return { sort, desc: desc === 1, value: value, id };
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=cursor.js.map