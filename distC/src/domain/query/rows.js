"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableReader = tableReader;
exports.jsonRowsSql = jsonRowsSql;
exports.readJsonRows = readJsonRows;
exports.withMoreColumns = withMoreColumns;
exports.insertRows = insertRows;
exports.selectWhere = selectWhere;
exports.updateWhere = updateWhere;
const ids_1 = require("../../common/ids");
const sql_1 = require("./sql");
function kindOf(property) {
    const type = String(property.type).toLowerCase();
    if (type === 'datetime' || type === 'date' || property.runtimeType === 'Date')
        return 'date';
    if (type === 'boolean' || property.runtimeType === 'boolean')
        return 'boolean';
    if (type === 'json' || type === 'jsontype')
        return 'json';
    return 'plain';
}
const DECODE = {
    date: (value) => (value === null || value === undefined || value instanceof Date ? (value ?? null) : new Date(value)),
    boolean: (value) => (value === null || value === undefined ? null : Boolean(value)),
    json: (value) => (typeof value === 'string' ? JSON.parse(value) : (value ?? null)),
    plain: (value) => value ?? null,
};
const encode = (kind, value) => (kind === 'json' && value != null ? JSON.stringify(value) : (value ?? null));
const readers = new WeakMap();
/** The entity's defaults, read once from one instance (its field initializers). */
function defaultsOf(entity, columns) {
    const instance = new entity();
    return Object.fromEntries(columns.map((c) => [c.property, instance[c.property] ?? null]));
}
/** The reader of an entity's table (built once per entity and ORM). */
function tableReader(em, entity) {
    const meta = em.getMetadata().get(entity.name);
    const known = readers.get(meta);
    if (known)
        return known;
    const columns = Object.values(meta.properties).map((property) => ({
        property: property.name,
        name: property.fieldNames[0],
        kind: kindOf(property),
        nullable: property.nullable === true,
    }));
    const byProperty = new Map(columns.map((c) => [c.property, c]));
    const defaults = defaultsOf(entity, columns);
    const perRow = columns.filter((c) => c.property === 'id' || c.kind === 'date').map((c) => c.property);
    const selectLists = new Map();
    const reader = {
        table: meta.tableName,
        columnNames: columns.map((c) => `"${c.name}"`),
        columns: (alias) => reader.ownColumns(alias),
        ownColumns: (alias) => {
            let list = selectLists.get(alias);
            if (list === undefined)
                selectLists.set(alias, (list = columns.map((c) => `${alias}."${c.name}"`).join(', ')));
            return list;
        },
        column: (property) => `"${byProperty.get(property).name}"`,
        nullable: (property) => byProperty.get(property)?.nullable ?? true,
        read(row) {
            const out = {};
            for (const c of columns)
                out[c.property] = DECODE[c.kind](row[c.name]);
            return out;
        },
        values(row) {
            const record = row;
            return columns.map((c) => encode(c.kind, record[c.property]));
        },
        value: (property, value) => encode(byProperty.get(property)?.kind ?? 'plain', value),
        fresh(values) {
            const row = { ...defaults };
            for (const property of perRow)
                if (row[property] !== null)
                    row[property] = property === 'id' ? (0, ids_1.newId)() : new Date();
            return Object.assign(row, values);
        },
    };
    readers.set(meta, reader);
    return reader;
}
/**
 * A correlated subquery that gives the rows of `reader`'s table it selects as one JSON array of
 * objects keyed by column name (what `read` takes), `[]` when there are none, in `orderBy` order:
 * a parent row and its child rows in one statement. `from` is the subquery's FROM and WHERE, with
 * `alias` for this table; read the column's value with `readJsonRows`.
 */
function jsonRowsSql(ctx, reader, alias, from, orderBy) {
    const names = reader.columnNames.map((quoted) => quoted.slice(1, -1));
    if ((0, sql_1.isSqlite)(ctx)) {
        const object = names.map((name) => `'${name}', ${alias}."${name}"`).join(', ');
        return `(select json_group_array(json_object(${object}) order by ${orderBy}) from ${from})`;
    }
    // json_build_object takes at most 100 arguments; json_agg of the whole row has no such limit.
    return `(select coalesce(json_agg(${alias} order by ${orderBy}), '[]') from ${from})`;
}
/** The rows of a `jsonRowsSql` column (SQLite gives JSON text, PostgreSQL parsed JSON), read as `reader.read` reads a row. */
function readJsonRows(reader, value) {
    const rows = (typeof value === 'string' ? JSON.parse(value) : value);
    return rows.map(reader.read);
}
/**
 * `reader` with more columns after its own (`more.columns` gives their select list, each aliased)
 * and `more.read` adding what they hold to each row read: a read of the table that brings related
 * rows along (`jsonRowsSql`). Its rows are for rendering only, like every reader's. Such a column
 * costs only for the rows a statement returns: SQLite and PostgreSQL compute a select list's
 * subqueries after the sort and the LIMIT (a page of PostgreSQL selects them around its rows:
 * `findPage`).
 */
function withMoreColumns(reader, more) {
    const moreLists = new Map();
    const moreColumns = (alias) => {
        let list = moreLists.get(alias);
        if (list === undefined)
            moreLists.set(alias, (list = reader.moreColumns ? `${reader.moreColumns(alias)}, ${more.columns(alias)}` : more.columns(alias)));
        return list;
    };
    return {
        ...reader,
        columns: (alias) => `${reader.ownColumns(alias)}, ${moreColumns(alias)}`,
        moreColumns,
        read: (row) => Object.assign(reader.read(row), more.read(row)),
    };
}
/** Most rows per INSERT statement (SQLite allows 32,766 parameters; the widest table has about 40 columns). */
const ROWS_PER_INSERT = 500;
/** `insert into t (every column) values (?, …), …` for `count` rows, made once per table and count. */
function insertSql(reader, count) {
    return (0, sql_1.sqlText)(reader, `insert ${count}`, () => {
        const marks = `(${reader.columnNames.map(() => '?').join(', ')})`;
        return `insert into ${reader.table} (${reader.columnNames.join(', ')}) values ${Array.from({ length: count }, () => marks).join(', ')}`;
    });
}
/**
 * Inserts whole rows (every column: build them with `reader.fresh`, so the entity's defaults
 * apply), in as few statements as the parameter limits allow.
 */
async function insertRows(ctx, reader, rows) {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const chunk = rows.slice(start, start + ROWS_PER_INSERT);
        await (0, sql_1.insertStatement)(ctx, insertSql(reader, chunk.length), chunk.flatMap((row) => reader.values(row)));
    }
}
/** The rows matching `where` (a condition on the alias `t`), with an optional `order by …`/`limit …` tail. */
async function selectWhere(ctx, reader, where, tail = '') {
    const rows = await (0, sql_1.selectRows)(ctx, `select ${reader.columns('t')} from ${reader.table} t where ${where.sql('t')}${tail ? ` ${tail}` : ''}`, where.params);
    return rows.map(reader.read);
}
/** Sets the given properties on the rows matching `where` (a condition on the table itself); returns how many changed. */
async function updateWhere(ctx, reader, changes, where) {
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
    const sets = entries.map(([property]) => `${reader.column(property)} = ?`).join(', ');
    const values = entries.map(([property, value]) => reader.value(property, value));
    return (0, sql_1.runStatement)(ctx, `update ${reader.table} set ${sets} where ${where.sql(reader.table)}`, [...values, ...where.params]);
}
//# sourceMappingURL=rows.js.map