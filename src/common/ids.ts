const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of users, teams, documents and tokens are UUIDs; anything else cannot name one (and is NOT_FOUND). */
export const isUuid = (value: string): boolean => UUID.test(value);
