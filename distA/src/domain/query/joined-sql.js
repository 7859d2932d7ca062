"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.joinedSql = joinedSql;
exports.foldEqualities = foldEqualities;
/** Terms one flat `a or b or …` holds at most; a longer list is grouped in parentheses. */
const CHAIN = 16;
/** `(a op b op …)`; past CHAIN terms, of up to CHAIN balanced parenthesised groups. */
function grouped(parts, op) {
    if (parts.length <= CHAIN)
        return (a) => `(${parts.map((p) => p.sql(a)).join(` ${op} `)})`;
    const size = Math.ceil(parts.length / CHAIN);
    const groups = [];
    for (let i = 0; i < parts.length; i += size)
        groups.push(grouped(parts.slice(i, i + size), op));
    return (a) => `(${groups.map((g) => g(a)).join(` ${op} `)})`;
}
/**
 * Two or more conditions joined by `op`, in a shape SQLite's parser takes at any length; `parts`
 * are the conditions in the order the SQL binds their parameters.
 *
 * SQLite parses `a or b or c` as a tree as deep as the list is long and refuses one deeper than
 * 1,000 ("Expression tree is too large"); its parser holds about 100 open symbols ("parser stack
 * overflow"), and a parenthesis opened after `a or` holds three of them where one opened first
 * holds one. So the deepest part goes first (a filter's nesting costs one symbol a level), and the
 * others, past CHAIN of them, follow in balanced groups, `(deepest op ((b op c …) op (…)))`: a
 * tree about CHAIN × log_CHAIN(n) deep, a few symbols more. These parentheses are not the
 * filter's own nesting, which `Condition.depth` counts; PostgreSQL flattens them again.
 */
function joinedSql(conditions, op) {
    let deepest = 0;
    for (let i = 1; i < conditions.length; i += 1)
        if ((conditions[i].depth ?? 0) > (conditions[deepest].depth ?? 0))
            deepest = i;
    const parts = deepest === 0 ? conditions : [conditions[deepest], ...conditions.slice(0, deepest), ...conditions.slice(deepest + 1)];
    if (parts.length <= CHAIN)
        return { sql: grouped(parts, op), parts };
    const [first, ...rest] = parts;
    const others = grouped(rest, op);
    return { sql: (a) => `(${first.sql(a)} ${op} ${others(a)})`, parts };
}
/**
 * `c = ? or c = ? or …` on one column as one `c in (?, …)` (made by `inList`), where the first of
 * them stood: an `in` list is one term that SQLite plans at once, where it spends time growing with
 * the square of an `or`'s terms (30,000 userName eq: 10 s). NULL compares alike both ways.
 */
function foldEqualities(conditions, inList) {
    const byColumn = new Map();
    for (const condition of conditions) {
        if (!condition.equals)
            continue;
        const key = condition.equals.column('');
        const same = byColumn.get(key);
        if (same)
            same.push(condition);
        else
            byColumn.set(key, [condition]);
    }
    if (![...byColumn.values()].some((same) => same.length > 1))
        return conditions;
    const out = [];
    for (const condition of conditions) {
        const same = condition.equals ? byColumn.get(condition.equals.column('')) : [condition];
        if (same.length === 1)
            out.push(condition);
        else if (same[0] === condition)
            out.push(inList(condition.equals.column, same.map((c) => c.equals.value)));
    }
    return out;
}
//# sourceMappingURL=joined-sql.js.map