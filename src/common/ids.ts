const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of users, teams, documents and tokens are UUIDs; anything else cannot name one (and is NOT_FOUND). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** The UUIDs among `ids`, lower-cased as stored, each once, in the order given. */
export const uuidsOf = (ids: readonly string[]): string[] => [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
