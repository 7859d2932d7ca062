"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.newId = exports.uuidsOf = exports.idKey = exports.isUuid = void 0;
const uuid_1 = require("uuid");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids of users, teams, documents and tokens are UUIDs; anything else cannot name one (and is NOT_FOUND). */
const isUuid = (value) => UUID.test(value);
exports.isUuid = isUuid;
/** An id as it is stored and compared: trimmed and lower-cased (a UUID is the same whatever its case). */
const idKey = (id) => id.trim().toLowerCase();
exports.idKey = idKey;
/** The UUIDs among `ids`, lower-cased as stored, each once, in the order given. */
const uuidsOf = (ids) => [...new Set(ids.filter(exports.isUuid).map((id) => id.toLowerCase()))];
exports.uuidsOf = uuidsOf;
/**
 * A new id for a row: a UUIDv7 (RFC 9562), whose leading bits are the time it was made, in order
 * within this process. Rows made one after the other get ids next to each other, so an index keyed
 * by them (every primary key, the memberships and contacts by user) takes each insert at its end,
 * where a random UUIDv4 would touch a page anywhere in it: fewer pages written and synced per
 * commit. The time it tells is the row's creation, which `meta.created` tells anyway.
 */
const newId = () => (0, uuid_1.v7)();
exports.newId = newId;
//# sourceMappingURL=ids.js.map