"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scoping = exports.NOTHING = exports.EVERYTHING = exports.MAX_CONDITION_TERMS = exports.MAX_CONDITION_VALUES = exports.MAX_CONDITION_DEPTH = void 0;
exports.stringConditions = stringConditions;
exports.booleanConditions = booleanConditions;
exports.orderedConditions = orderedConditions;
exports.equalities = equalities;
exports.memberOf = memberOf;
exports.enumConditions = enumConditions;
exports.idConditions = idConditions;
exports.existsCondition = existsCondition;
exports.pointedAtBy = pointedAtBy;
exports.allOf = allOf;
exports.anyOf = anyOf;
exports.negation = negation;
const ids_1 = require("../../common/ids");
const errors_1 = require("../../common/errors");
const joined_sql_1 = require("./joined-sql");
/**
 * Parentheses a condition may nest. SQLite's parser holds about 100 open symbols: a filter
 * alternating `or` and `and` 30 deep, each nested filter last, overflowed it until `joinedSql`
 * put nested filters first; PostgreSQL goes further. Filters from either door are refused past
 * it with a clear error instead.
 */
exports.MAX_CONDITION_DEPTH = 32;
/** Values one condition may bind: below SQLite's 32,766 bound variables, with room for the statement's own. */
exports.MAX_CONDITION_VALUES = 30_000;
/**
 * Comparisons one condition may make, an `or` of equalities on one attribute (an `in` list)
 * counting as one. Compiling a statement takes time growing faster than its terms, and SQLite
 * compiles on the one thread: an `and` of 30,000 `ne` held it 13 s, of 2,000 about 0.1 s.
 */
exports.MAX_CONDITION_TERMS = 2_000;
/** A combined condition, refused with BAD_USER_INPUT when it nests too deep or compares too much. */
function nested(sql, parts, extraDepth = 1) {
    let deepest = 0;
    let values = 0;
    let terms = 0;
    for (const part of parts) {
        deepest = Math.max(deepest, part.depth ?? 0);
        values += part.values ?? part.params.length;
        terms += part.terms ?? 1;
    }
    const depth = extraDepth + deepest;
    if (depth > exports.MAX_CONDITION_DEPTH) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `The filter nests deeper than ${exports.MAX_CONDITION_DEPTH} levels of and/or/not`, { field: 'filter' });
    }
    if (values > exports.MAX_CONDITION_VALUES)
        throw tooManyValues(values);
    if (terms > exports.MAX_CONDITION_TERMS) {
        throw new errors_1.DomainError('BAD_USER_INPUT', `The filter makes ${terms} comparisons; at most ${exports.MAX_CONDITION_TERMS} are allowed (an or of equalities on one attribute counts as one)`, {
            field: 'filter',
        });
    }
    const params = parts.length === 1 ? parts[0].params : parts.flatMap((p) => p.params);
    return { sql, params, depth, values, terms };
}
const tooManyValues = (count) => new errors_1.DomainError('BAD_USER_INPUT', `The filter compares ${count} values; at most ${exports.MAX_CONDITION_VALUES} are allowed`, { field: 'filter' });
/** Holds for every row: what an empty filter compiles to. */
exports.EVERYTHING = { sql: () => '1 = 1', params: [] };
/** Holds for no row (e.g. an id filter with a value that cannot be an id). */
exports.NOTHING = { sql: () => '1 = 0', params: [] };
const escapeLike = (value) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const charLength = (value) => [...value].length;
/** A predicate on one column of the alias: `build` gets the qualified column. */
const onColumn = (column, build, params) => ({ sql: (a) => build(`${a}.${column}`), params });
/** `column(alias) = ?`, marked so that `anyOf` can fold several into one `in` list. */
const equality = (column, value) => ({ sql: (a) => `${column(a)} = ?`, params: [value], equals: { column, value } });
/** The string operators of `filter` as SQL predicates on one column; all must hold. */
function stringConditions(target, filter) {
    const exact = filter.caseExact ?? target.caseExact;
    const out = [];
    const col = (a) => (!exact && target.keyColumn ? `${a}.${target.keyColumn}` : exact ? `${a}.${target.column}` : `lower(${a}.${target.column})`);
    const norm = (v) => (exact ? v : v.toLowerCase());
    const push = (build, params) => {
        out.push({ sql: (a) => build(col(a)), params });
    };
    const { eq, ne, co, sw, ew, gt, ge, lt, le, present } = filter;
    if (eq != null)
        out.push(equality(col, norm(eq)));
    if (ne != null)
        push((c) => `(${c} is null or ${c} <> ?)`, [norm(ne)]);
    if (co != null) {
        // RFC 7644 §3.4.2.2: "" is in every value, but replace() removes nothing of it.
        if (exact && co === '')
            push((c) => `${c} is not null`, []);
        else if (exact)
            push((c) => `(${c} is not null and replace(${c}, ?, '') <> ${c})`, [co]);
        else
            push((c) => `${c} like ? escape '\\'`, [`%${escapeLike(norm(co))}%`]);
    }
    if (sw != null) {
        if (exact)
            push((c) => `substr(${c}, 1, ${charLength(sw)}) = ?`, [sw]);
        else
            push((c) => `${c} like ? escape '\\'`, [`${escapeLike(norm(sw))}%`]);
    }
    if (ew != null) {
        if (exact)
            push((c) => `substr(${c}, length(${c}) - ${charLength(ew)} + 1) = ?`, [ew]);
        else
            push((c) => `${c} like ? escape '\\'`, [`%${escapeLike(norm(ew))}`]);
    }
    if (gt != null)
        push((c) => `${c} > ?`, [norm(gt)]);
    if (ge != null)
        push((c) => `${c} >= ?`, [norm(ge)]);
    if (lt != null)
        push((c) => `${c} < ?`, [norm(lt)]);
    if (le != null)
        push((c) => `${c} <= ?`, [norm(le)]);
    if (present != null) {
        const c = target.column;
        out.push(onColumn(c, (q) => (present ? `(${q} is not null and ${q} <> '')` : `(${q} is null or ${q} = '')`), []));
    }
    return out;
}
/** `present` on a nullable column. */
const presence = (column, present) => onColumn(column, (c) => `${c} is ${present ? 'not ' : ''}null`, []);
/** Conditions on a boolean column; `ne` holds for NULL too. */
function booleanConditions(column, filter) {
    const out = [];
    if (filter.eq != null)
        out.push(onColumn(column, (c) => `${c} = ?`, [filter.eq]));
    if (filter.ne != null)
        out.push(onColumn(column, (c) => `(${c} is null or ${c} <> ?)`, [filter.ne]));
    if (filter.present != null)
        out.push(presence(column, filter.present));
    return out;
}
const ORDERED_OPERATORS = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
/** Comparisons on an ordered column (dates, numbers), and `present` for a nullable one. */
function orderedConditions(column, filter) {
    const out = [];
    for (const [key, op] of Object.entries(ORDERED_OPERATORS)) {
        const value = filter[key];
        if (value != null)
            out.push(onColumn(column, (c) => `${c} ${op} ?`, [value]));
    }
    if (filter.present != null)
        out.push(presence(column, filter.present));
    return out;
}
/** A condition that scopes a statement (its organization, a row's kind): it counts towards no filter's values or comparisons. */
const scoping = (condition) => ({ ...condition, values: 0, terms: 0 });
exports.scoping = scoping;
/** `column = ?` for each given value: equalities on plain columns that scope a statement (its organization, `deleted_at is null`). */
function equalities(values) {
    return Object.entries(values)
        .filter((entry) => entry[1] !== undefined)
        .map(([column, value]) => (0, exports.scoping)(value === null ? presence(column, false) : onColumn(column, (c) => `${c} = ?`, [value])));
}
/** `column in (?, …)`; no values match nothing. */
function memberOf(column, values) {
    return values.length === 0 ? exports.NOTHING : inList((a) => `${a}.${column}`, values);
}
/** `expression in (?, …)` of one or more values, refused past MAX_CONDITION_VALUES. */
function inList(expression, values) {
    if (values.length > exports.MAX_CONDITION_VALUES)
        throw tooManyValues(values.length);
    const marks = values.map(() => '?').join(', ');
    return { sql: (a) => `${expression(a)} in (${marks})`, params: [...values] };
}
/** Conditions on an SQL expression over the alias (`expression(alias)`) whose values are an enum's. */
function enumConditions(expression, filter) {
    const out = [];
    if (filter.eq != null)
        out.push({ sql: (a) => `${expression(a)} = ?`, params: [filter.eq] });
    if (filter.ne != null)
        out.push({ sql: (a) => `${expression(a)} <> ?`, params: [filter.ne] });
    if (filter.in != null)
        out.push(filter.in.length === 0 ? exports.NOTHING : { sql: (a) => `${expression(a)} in (${filter.in.map(() => '?').join(', ')})`, params: [...filter.in] });
    if (filter.present != null)
        out.push({ sql: (a) => `${expression(a)} is ${filter.present ? 'not ' : ''}null`, params: [] });
    return out;
}
/** Conditions on a UUID column; non-UUID values match nothing (never a database error). */
function idConditions(column, filter) {
    const out = [];
    if (filter.eq != null)
        out.push((0, ids_1.isUuid)(filter.eq) ? equality((a) => `${a}.${column}`, filter.eq.toLowerCase()) : exports.NOTHING);
    if (filter.ne != null && (0, ids_1.isUuid)(filter.ne))
        out.push(onColumn(column, (c) => `${c} <> ?`, [filter.ne.toLowerCase()]));
    if (filter.in != null)
        out.push(memberOf(column, (0, ids_1.uuidsOf)(filter.in)));
    return out;
}
/**
 * `EXISTS (select 1 from <table> x where x.organization_id = alias.organization_id and <join> and
 * <where>)`; `where` is a condition on the alias `x`.
 */
function existsCondition(table, join, where = exports.EVERYTHING) {
    return nested((a) => `exists (select 1 from ${table} x where x.organization_id = ${a}.organization_id and ${join(a)}${where === exports.EVERYTHING ? '' : ` and (${where.sql('x')})`})`, [where], 2);
}
/**
 * `alias.id IN (select x.<column> from <table> x where x.organization_id = ? and <where>)`: the rows
 * that rows of `table` matching `where` point at, found through `table`'s own indexes once, not by a
 * probe per outer row (a correlated EXISTS over 50,000 users took 200 ms for one email). Without an
 * organization (an actor that sees every one), the correlated `existsCondition`.
 */
function pointedAtBy(table, column, organizationId, where) {
    if (!organizationId)
        return existsCondition(table, (a) => `x.${column} = ${a}.id`, where);
    const scope = (0, exports.scoping)({ sql: () => '', params: [organizationId] });
    return nested((a) => `${a}.id in (select x.${column} from ${table} x where x.organization_id = ?${where === exports.EVERYTHING ? '' : ` and (${where.sql('x')})`})`, [scope, where], 2);
}
/** All of the conditions; of none, every row. */
function allOf(conditions) {
    const parts = conditions.filter((c) => c !== exports.EVERYTHING);
    if (parts.length === 0)
        return exports.EVERYTHING;
    if (parts.length === 1)
        return parts[0];
    const joined = (0, joined_sql_1.joinedSql)(parts, 'and');
    return nested(joined.sql, joined.parts);
}
/** Any of the conditions; of none, no row. A condition that holds for every row makes the whole hold. */
function anyOf(conditions) {
    if (conditions.includes(exports.EVERYTHING))
        return exports.EVERYTHING;
    if (conditions.length === 0)
        return exports.NOTHING;
    const folded = (0, joined_sql_1.foldEqualities)(conditions, inList);
    if (folded.length === 1)
        return folded[0];
    const joined = (0, joined_sql_1.joinedSql)(folded, 'or');
    return nested(joined.sql, joined.parts);
}
/** The negation of a condition; of one that holds for every row, no row. */
function negation(condition) {
    return condition === exports.EVERYTHING ? exports.NOTHING : nested((a) => `not (${condition.sql(a)})`, [condition]);
}
//# sourceMappingURL=conditions.js.map