"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matchesFilter = matchesFilter;
const json_1 = require("../json");
/** The member `name` of an object, matched ignoring case (RFC 7643 §2.1); the exact spelling wins. */
const member = (holder, name) => ((0, json_1.isJsonObject)(holder) ? (0, json_1.readKey)(holder, name) : undefined);
/**
 * The value at `path` inside `element`. A URN prefix reads from the element's object for that
 * schema when it has one (extension attributes, RFC 7644 §3.10), else from the element itself (core
 * attributes sit at the top). `attr.subAttr` over a multi-valued attribute reads every element's.
 */
function read(element, path) {
    const holder = path.schema === undefined ? element : (member(element, path.schema) ?? element);
    const value = member(holder, path.attr);
    if (path.subAttr === undefined)
        return value;
    const subAttr = path.subAttr;
    return Array.isArray(value) ? value.map((item) => member(item, subAttr)) : member(value, subAttr);
}
function ordered(actual, expected, op) {
    switch (op) {
        case 'eq':
            return actual === expected;
        case 'ne':
            return actual !== expected;
        case 'gt':
            return actual > expected;
        case 'ge':
            return actual >= expected;
        case 'lt':
            return actual < expected;
        case 'le':
            return actual <= expected;
        default:
            return undefined;
    }
}
/** One value against the filter's literal. A missing value or one of another JSON type only satisfies `ne`. */
function compareValue(actual, op, expected, exact) {
    if (expected === null)
        return op === 'eq' ? actual == null : op === 'ne' && actual != null;
    if (actual === undefined || actual === null || typeof actual === 'object')
        return op === 'ne';
    if (typeof actual === 'string' && typeof expected === 'string') {
        const [a, e] = exact ? [actual, expected] : [actual.toLowerCase(), expected.toLowerCase()];
        return ordered(a, e, op) ?? (op === 'co' ? a.includes(e) : op === 'sw' ? a.startsWith(e) : a.endsWith(e));
    }
    if (typeof actual !== typeof expected)
        return op === 'ne';
    return ordered(actual, expected, op) ?? false;
}
const isPresent = (value) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
/** `attr[sub …]`'s paths as seen from the element holding `attr`, for the caseExact lookup. */
const within = (outer, caseExact) => (inner) => caseExact({ ...outer, subAttr: inner.attr });
/**
 * Whether `element` (a resource, or one element of a multi-valued complex attribute for a PATCH
 * value filter) satisfies `filter` (RFC 7644 §3.4.2.2). Attribute names match ignoring case; strings
 * compare ignoring case unless `caseExact` says the attribute is caseExact. Over a multi-valued value
 * an operator holds when some value satisfies it, except `ne`, which every value must satisfy.
 * `pr` holds for a value other than null, "" and []. `attr[…]` holds when some element of `attr`
 * satisfies the inner filter.
 */
function matchesFilter(filter, element, caseExact = () => false) {
    switch (filter.kind) {
        case 'and':
            return matchesFilter(filter.left, element, caseExact) && matchesFilter(filter.right, element, caseExact);
        case 'or':
            return matchesFilter(filter.left, element, caseExact) || matchesFilter(filter.right, element, caseExact);
        case 'not':
            return !matchesFilter(filter.filter, element, caseExact);
        case 'present':
            return isPresent(read(element, filter.path));
        case 'compare': {
            const value = read(element, filter.path);
            const candidates = Array.isArray(value) ? value : [value];
            const exact = caseExact(filter.path);
            const holds = (candidate) => compareValue(candidate, filter.op, filter.value, exact);
            return filter.op === 'ne' ? candidates.every(holds) : candidates.some(holds);
        }
        case 'valuePath': {
            const value = read(element, filter.path);
            const elements = Array.isArray(value) ? value : [value];
            return elements.some((item) => (0, json_1.isJsonObject)(item) && matchesFilter(filter.filter, item, within(filter.path, caseExact)));
        }
    }
}
//# sourceMappingURL=evaluate.js.map