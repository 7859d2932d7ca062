"use strict";
/**
 * SCIM JSON and its case-insensitive names (RFC 7643 §2.1), shared by filters, PATCH, projection,
 * mapping and request parameters.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.sameName = void 0;
exports.isJsonObject = isJsonObject;
exports.keysNamed = keysNamed;
exports.readKey = readKey;
exports.writeKey = writeKey;
exports.setOwn = setOwn;
exports.deepEqual = deepEqual;
exports.isUnassigned = isUnassigned;
exports.cloneJson = cloneJson;
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
exports.sameName = sameName;
/** The keys of `object` that equal `name` ignoring case (RFC 7643 §2.1: attribute names are case-insensitive). */
function keysNamed(object, name) {
    return Object.keys(object).filter((key) => (0, exports.sameName)(key, name));
}
/** The value stored under `name` in any letter case; the canonical spelling wins when several exist. */
function readKey(object, name) {
    if (Object.hasOwn(object, name))
        return object[name];
    const [key] = keysNamed(object, name);
    return key === undefined ? undefined : object[key];
}
/** Stores `value` under the canonical `name`, dropping other spellings; `undefined` removes the attribute. */
function writeKey(object, name, value) {
    for (const key of keysNamed(object, name))
        delete object[key];
    if (value !== undefined)
        object[name] = value;
}
/** Sets an own property even for keys such as `__proto__` that plain assignment would misread. */
function setOwn(object, key, value) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, index) => deepEqual(item, b[index]));
    }
    if (!isJsonObject(a) || !isJsonObject(b))
        return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    return keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}
/** RFC 7643 §2.5: unassigned, null and an empty array are the same state. */
function isUnassigned(value) {
    return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}
function cloneJson(value) {
    return structuredClone(value);
}
//# sourceMappingURL=json.js.map