"use strict";
/**
 * Merging an edit of a multi-valued attribute into the list as it is now. A client that edited
 * the list it read (`read` → `next`) removed some entries, added some and changed some in place.
 * When the list is still as the client read it, the result is exactly `next`. When another write
 * changed it meanwhile, the same edit is applied to the current list: entries the client removed
 * go, entries it changed are changed where they stand, entries it added are appended, and entries
 * others added stay. This is what makes a SCIM PATCH without If-Match serialise on the row instead
 * of failing with 412 (RFC 7644 §3.14 allows 412 only for a precondition the client gave).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.USER_LISTS = void 0;
exports.mergeList = mergeList;
exports.mergeListsOf = mergeListsOf;
/** An entry's identity: its set sub-attributes, in key order (null and absent are alike). */
function keyOf(entry) {
    const record = entry;
    const set = Object.keys(record)
        .filter((k) => record[k] !== null && record[k] !== undefined)
        .sort();
    return JSON.stringify(set.map((k) => [k, record[k]]));
}
/** The entries of `from` that `other` does not hold (as a multiset), in `from`'s order. */
function minus(from, other) {
    const left = new Map();
    for (const entry of other)
        left.set(keyOf(entry), (left.get(keyOf(entry)) ?? 0) + 1);
    return from.filter((entry) => {
        const n = left.get(keyOf(entry)) ?? 0;
        if (n > 0)
            left.set(keyOf(entry), n - 1);
        return n === 0;
    });
}
const sameList = (a, b) => a.length === b.length && a.every((entry, i) => keyOf(entry) === keyOf(b[i]));
const isPrimary = (entry) => entry.primary === true;
/**
 * At most one primary (RFC 7643 §2.4): when merging left two, the one this edit set wins and the
 * others lose the flag.
 */
function onePrimary(list, added) {
    if (list.filter(isPrimary).length <= 1)
        return list;
    const winner = list.find((entry) => isPrimary(entry) && added.has(entry)) ?? list.find(isPrimary);
    return list.map((entry) => (isPrimary(entry) && entry !== winner ? { ...entry, primary: false } : entry));
}
/**
 * `current` with the edit `read` → `next` applied (see above). The i-th entry removed and the i-th
 * added form a change in place; unpaired removals are dropped, unpaired additions appended, and an
 * addition already present is not added twice.
 */
function mergeList(current, read, next) {
    if (sameList(current, read))
        return [...next];
    const removed = minus(read, next);
    const added = minus(next, read);
    const used = new Set();
    const present = new Set(current.map(keyOf));
    const result = [];
    for (const entry of current) {
        const i = removed.findIndex((r, index) => !used.has(index) && keyOf(r) === keyOf(entry));
        if (i < 0)
            result.push(entry);
        else {
            used.add(i);
            if (i < added.length)
                result.push(added[i]);
        }
    }
    const placed = new Set(result);
    for (const [i, entry] of added.entries()) {
        const pairedAndPlaced = i < removed.length && used.has(i);
        if (!pairedAndPlaced && !placed.has(entry) && !present.has(keyOf(entry)))
            result.push(entry);
    }
    return onePrimary(result, new Set(added));
}
/** The multi-valued attributes of a user. */
exports.USER_LISTS = ['emails', 'phoneNumbers', 'ims', 'photos', 'entitlements', 'roles', 'x509Certificates', 'addresses'];
function currentList(state, key) {
    if (key === 'emails' || key === 'phoneNumbers')
        return state[key];
    return state.fields[key] ?? [];
}
/**
 * `patch` with each list it replaces and `read` names turned into that edit merged into the
 * current list (`mergeList`); lists `read` does not name are replaced whole.
 */
function mergeListsOf(current, patch, read) {
    if (!read)
        return patch;
    const merged = { ...patch };
    for (const key of exports.USER_LISTS) {
        if (patch[key] === undefined || read[key] === undefined)
            continue;
        merged[key] = mergeList(currentList(current, key), read[key] ?? [], patch[key] ?? []);
    }
    return merged;
}
//# sourceMappingURL=user-lists.js.map