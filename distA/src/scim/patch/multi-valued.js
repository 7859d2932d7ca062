"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sameElement = sameElement;
exports.addElements = addElements;
exports.matchesRemoval = matchesRemoval;
exports.enforceSinglePrimary = enforceSinglePrimary;
const catalogue_1 = require("./catalogue");
const json_1 = require("../json");
function textEqual(a, b, caseExact) {
    if (typeof a === 'string' && typeof b === 'string')
        return caseExact ? a === b : (0, json_1.sameName)(a, b);
    return a === b;
}
/**
 * Whether two elements of a multi-valued attribute denote the same value: equal `value` (per its
 * caseExact) and no conflicting `type` (`emails` holds one address as work and home); elements
 * without `value` (addresses) are the same when their `type` is.
 */
function sameElement(attribute, a, b) {
    if (!(0, json_1.isJsonObject)(a) || !(0, json_1.isJsonObject)(b)) {
        return textEqual(a, b, attribute.caseExact === true);
    }
    const [valueA, valueB] = [(0, json_1.readKey)(a, 'value'), (0, json_1.readKey)(b, 'value')];
    const [typeA, typeB] = [(0, json_1.readKey)(a, 'type'), (0, json_1.readKey)(b, 'type')];
    if (valueA !== undefined || valueB !== undefined) {
        const valueExact = (0, catalogue_1.findAttribute)(attribute.subAttributes, 'value')?.caseExact === true;
        return textEqual(valueA, valueB, valueExact) && (typeA === undefined || typeB === undefined || textEqual(typeA, typeB, false));
    }
    return typeA !== undefined && textEqual(typeA, typeB, false);
}
/** Adds `incoming` to `list`: an element equal to one already there replaces it, others are appended. */
function addElements(attribute, list, incoming) {
    const result = [...list];
    for (const element of incoming) {
        const index = result.findIndex((existing) => sameElement(attribute, existing, element));
        if (index < 0)
            result.push(element);
        else
            result[index] = element;
    }
    return result;
}
/**
 * Whether `element` matches a value sent with Entra's `remove` + `value` (by `value`, else by every
 * given sub-attribute): entra/30-remove-member-value-array.json.
 */
function matchesRemoval(attribute, element, removal) {
    if (!(0, json_1.isJsonObject)(removal) || !(0, json_1.isJsonObject)(element) || (0, json_1.readKey)(removal, 'value') !== undefined) {
        return sameElement(attribute, element, removal);
    }
    const keys = Object.keys(removal);
    return keys.length > 0 && keys.every((key) => textEqual((0, json_1.readKey)(element, key), removal[key], false));
}
/**
 * RFC 7644 §3.5.2: setting a value's `primary` to true sets `primary` to false on every other
 * value, so at most one is primary (RFC 7643 §2.4). The winner is the last primary among the
 * elements this operation wrote, else the first primary already there.
 */
function enforceSinglePrimary(attribute, list, written) {
    const primary = (0, catalogue_1.findAttribute)(attribute.subAttributes, 'primary');
    if (!primary || primary.type !== 'boolean')
        return;
    const primaries = list.filter((element) => (0, json_1.isJsonObject)(element) && element[primary.name] === true);
    if (primaries.length < 2)
        return;
    const fromThisOperation = primaries.filter((element) => written.has(element));
    const winner = fromThisOperation.at(-1) ?? primaries[0];
    for (const element of primaries)
        if (element !== winner)
            element[primary.name] = false;
}
//# sourceMappingURL=multi-valued.js.map