import { v7 } from 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of users, teams, documents and tokens are UUIDs; anything else cannot name one (and is NOT_FOUND). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** An id as it is stored and compared: trimmed and lower-cased (a UUID is the same whatever its case). */
export const idKey = (id: string): string => id.trim().toLowerCase();

/** The UUIDs among `ids`, lower-cased as stored, each once, in the order given. */
export const uuidsOf = (ids: readonly string[]): string[] => [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];

/**
 * A new id for a row: a UUIDv7 (RFC 9562), whose leading bits are the time it was made, in order
 * within this process. Rows made one after the other get ids next to each other, so an index keyed
 * by them (every primary key, the memberships and contacts by user) takes each insert at its end,
 * where a random UUIDv4 would touch a page anywhere in it: fewer pages written and synced per
 * commit. The time it tells is the row's creation, which `meta.created` tells anyway.
 */
export const newId = (): string => v7();
