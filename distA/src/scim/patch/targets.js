"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeTarget = writeTarget;
exports.removeTarget = removeTarget;
const filter_1 = require("../filter");
const catalogue_1 = require("./catalogue");
const coerce_1 = require("../coerce");
const json_1 = require("../json");
const multi_valued_1 = require("./multi-valued");
const patch_errors_1 = require("./patch-errors");
const mutabilityError = (name, why) => (0, patch_errors_1.patchError)('mutability', `${name} ${why} (RFC 7644 §3.5.2)`);
/**
 * RFC 7644 §3.5.2: a readOnly attribute cannot change, an immutable one cannot change once set,
 * and a required one cannot become unassigned.
 */
function checkMutability(attribute, before, after) {
    if ((0, json_1.deepEqual)(before, after))
        return;
    const mutability = (0, catalogue_1.mutabilityOf)(attribute);
    if (mutability === 'readOnly')
        throw mutabilityError(attribute.name, 'is read-only');
    if (mutability === 'immutable' && !(0, json_1.isUnassigned)(before))
        throw mutabilityError(attribute.name, 'is immutable once set');
    if (attribute.required && (0, json_1.isUnassigned)(after))
        throw mutabilityError(attribute.name, 'is required and cannot be removed');
}
/** Runs `change` on the attribute's current value and stores the result, enforcing mutability. */
function update(container, attribute, change) {
    const current = (0, json_1.readKey)(container, attribute.name);
    const before = current === undefined ? undefined : (0, json_1.cloneJson)(current);
    const after = normalise(change(current));
    checkMutability(attribute, before, after);
    (0, json_1.writeKey)(container, attribute.name, after);
}
const isEmptyObject = (value) => (0, json_1.isJsonObject)(value) && Object.keys(value).length === 0;
/** Empty complex values and lists are unassigned (RFC 7643 §2.5); so are elements left with nothing. */
function normalise(value) {
    const next = Array.isArray(value) ? value.filter((element) => !isEmptyObject(element)) : value;
    return (0, json_1.isUnassigned)(next) || isEmptyObject(next) ? undefined : next;
}
const asList = (value) => Array.isArray(value) ? [...value] : value === undefined || value === null ? [] : [value];
const caseExactOf = (attribute) => (path) => (0, catalogue_1.findAttribute)(attribute.subAttributes, path.attr)?.caseExact === true;
const matching = (attribute, filter, list) => list.filter((element) => (0, json_1.isJsonObject)(element) && (0, filter_1.matchesFilter)(filter, element, caseExactOf(attribute)));
/** Sets (or with null/"" clears) one sub-attribute of one complex value. */
function setSub(attribute, element, sub, raw) {
    const name = `${attribute.name}.${sub.name}`;
    const value = sub.multiValued ? (0, coerce_1.coerceValues)(sub, raw, name) : (0, coerce_1.coerceSimple)(sub, raw, name);
    const before = (0, json_1.readKey)(element, sub.name);
    const after = (0, json_1.isUnassigned)(value) ? undefined : value;
    if (!(0, json_1.deepEqual)(before, after)) {
        if ((0, catalogue_1.mutabilityOf)(sub) === 'readOnly')
            throw mutabilityError(name, 'is read-only');
        if ((0, catalogue_1.mutabilityOf)(sub) === 'immutable' && !(0, json_1.isUnassigned)(before))
            throw mutabilityError(name, 'is immutable once set');
    }
    (0, json_1.writeKey)(element, sub.name, after);
}
/** Merges coerced sub-attributes into a complex value; `null` members clear (RFC 7644 §3.5.2.1/§3.5.2.3). */
function mergeComplex(target, incoming) {
    for (const [key, value] of Object.entries(incoming))
        (0, json_1.writeKey)(target, key, value === null ? undefined : value);
    return target;
}
/** add/replace of a whole attribute (no filter, no sub-attribute). */
function writeWhole(attribute, op, current, raw) {
    if (attribute.multiValued) {
        const values = (0, coerce_1.coerceValues)(attribute, raw);
        // RFC 7644 §3.5.2.1: add appends to a multi-valued attribute; §3.5.2.3: replace swaps the whole list.
        const list = op === 'replace' ? values : (0, multi_valued_1.addElements)(attribute, asList(current), values);
        (0, multi_valued_1.enforceSinglePrimary)(attribute, list, new Set(values));
        return list;
    }
    if (attribute.type !== 'complex')
        return (0, coerce_1.coerceSimple)(attribute, raw);
    const incoming = (0, coerce_1.coerceComplex)(attribute, raw, true);
    // RFC 7644 §3.5.2.3: sub-attributes not given in the value are left unchanged, for add and replace alike.
    return incoming === undefined ? undefined : mergeComplex((0, json_1.isJsonObject)(current) ? { ...current } : {}, incoming);
}
/** add/replace of `attribute.sub` without a filter: the single complex value, or every element. */
function writeSub(attribute, sub, current, raw) {
    if (!attribute.multiValued) {
        const element = (0, json_1.isJsonObject)(current) ? { ...current } : {};
        setSub(attribute, element, sub, raw);
        return element;
    }
    const list = asList(current).map((element) => ((0, json_1.isJsonObject)(element) ? { ...element } : element));
    const elements = list.filter(json_1.isJsonObject);
    if (elements.length === 0 && raw !== null && raw !== '') {
        const created = {};
        list.push(created);
        elements.push(created);
    }
    for (const element of elements)
        setSub(attribute, element, sub, raw);
    (0, multi_valued_1.enforceSinglePrimary)(attribute, list, new Set(elements));
    return list;
}
/**
 * add/replace through a valuePath. Each matched element takes the sub-attributes the value gives
 * and keeps the others (`replace emails[type eq "work"]` with `{"display": …}` keeps the address).
 * A filter that matches nothing creates the element from the filter's `eq` terms (Entra and its
 * validator expect `emails[type eq "work"].value` to create a work email:
 * entra/05-patch-replace-attributes.json). This departs from RFC 7644 §3.5.2.3, which answers
 * noTarget; noTarget remains for filters with no `eq` term to build an element from.
 */
function writeFiltered(target, filter, current, raw) {
    const { attribute, subAttribute } = target;
    const list = asList(current);
    const matches = matching(attribute, filter, list);
    const terms = () => (0, coerce_1.coerceComplex)(attribute, equalityTerms(filter), false) ?? {};
    if (matches.length === 0) {
        if (raw === null || raw === '')
            return list;
        const element = terms();
        if (Object.keys(element).length === 0)
            throw (0, patch_errors_1.patchError)('noTarget', `No value of ${attribute.name} matches the PATCH filter`);
        if (subAttribute)
            setSub(attribute, element, subAttribute, raw);
        else
            mergeComplex(element, (0, coerce_1.coerceComplex)(attribute, raw, false) ?? {});
        list.push(element);
        (0, multi_valued_1.enforceSinglePrimary)(attribute, list, new Set([element]));
        return list;
    }
    if (!subAttribute && (raw === null || raw === ''))
        return list.filter((element) => !matches.includes(element));
    const written = new Set();
    const next = list.map((element) => {
        if (!matches.includes(element))
            return element;
        const copy = { ...element };
        if (subAttribute)
            setSub(attribute, copy, subAttribute, raw);
        // RFC 7644 §3.5.2.3: sub-attributes not given in the value are left unchanged, for add and replace alike.
        else
            mergeComplex(copy, (0, coerce_1.coerceComplex)(attribute, raw, true) ?? {});
        return remember(written, copy);
    });
    (0, multi_valued_1.enforceSinglePrimary)(attribute, next, written);
    return next;
}
/**
 * The `attribute eq literal` terms joined by `and` at the top of `filter`: the values an element
 * created through a valuePath that matched nothing must carry (`emails[type eq "work"]` → type work).
 */
function equalityTerms(filter) {
    if (filter.kind === 'and')
        return { ...equalityTerms(filter.left), ...equalityTerms(filter.right) };
    if (filter.kind === 'compare' && filter.op === 'eq')
        return { [filter.path.attr]: filter.value };
    return {};
}
function remember(written, element) {
    written.add(element);
    return element;
}
/** Applies an add or replace to the attribute `target` names inside `container`. */
function writeTarget(container, target, op, raw, mode) {
    const mutability = (0, catalogue_1.mutabilityOf)(target.attribute);
    const readOnly = mutability === 'readOnly' || (target.subAttribute && (0, catalogue_1.mutabilityOf)(target.subAttribute) === 'readOnly');
    // writeOnly values (password) are accepted and never stored; readOnly keys in a path-less value
    // are ignored like readOnly attributes in a PUT (RFC 7644 §3.5.1): Okta echoes meta and groups.
    if (mutability === 'writeOnly' || (mode === 'value' && readOnly))
        return;
    // RFC 7643 §2.5: null is unassigned, so adding it adds nothing; replace with null clears.
    if (op === 'add' && (raw === null || raw === ''))
        return;
    const { attribute, filter, subAttribute } = target;
    update(container, attribute, (current) => {
        if (filter)
            return writeFiltered(target, filter, current, raw);
        if (subAttribute)
            return writeSub(attribute, subAttribute, current, raw);
        return writeWhole(attribute, op, current, raw);
    });
}
/**
 * Applies a remove (RFC 7644 §3.5.2.2). A filter that matches nothing is a no-op, so a repeated
 * member removal succeeds. A `value` on a multi-valued target removes only the values it lists:
 * Entra removes members as `{"op":"Remove","path":"members","value":[{"value":"…"}]}`, which must
 * never empty the group (entra/30-remove-member-value-array.json).
 */
function removeTarget(container, target, raw) {
    const { attribute, filter, subAttribute } = target;
    if ((0, catalogue_1.mutabilityOf)(attribute) === 'writeOnly')
        return;
    update(container, attribute, (current) => {
        if (filter) {
            const list = asList(current);
            const matches = matching(attribute, filter, list);
            if (!subAttribute)
                return list.filter((element) => !matches.includes(element));
            return list.map((element) => (matches.includes(element) ? clearSub(attribute, element, subAttribute) : element));
        }
        if (subAttribute) {
            if (!attribute.multiValued)
                return (0, json_1.isJsonObject)(current) ? clearSub(attribute, current, subAttribute) : current;
            return asList(current).map((element) => clearSub(attribute, element, subAttribute));
        }
        if (attribute.multiValued && raw !== undefined && raw !== null) {
            const removals = (0, coerce_1.coerceValues)(attribute, raw);
            return asList(current).filter((element) => !removals.some((removal) => (0, multi_valued_1.matchesRemoval)(attribute, element, removal)));
        }
        return undefined;
    });
}
function clearSub(attribute, element, sub) {
    if (!(0, json_1.isJsonObject)(element))
        return element;
    const copy = { ...element };
    setSub(attribute, copy, sub, null);
    return copy;
}
//# sourceMappingURL=targets.js.map