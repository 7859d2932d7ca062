import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError } from '../common/errors';

/** Unique index name → the input field it protects. */
const UNIQUE_FIELDS: Record<string, string> = {
  users_org_user_name_key_unique: 'userName',
  teams_org_display_name_key_unique: 'displayName',
  organizations_slug_unique: 'slug',
  api_tokens_hash_unique: 'token',
};

/**
 * Translates a database error into a DomainError where the database enforces a domain rule
 * (uniqueness); anything else is rethrown unchanged.
 */
function translateDbError(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) {
    const text = `${error.message}`;
    const entry = Object.entries(UNIQUE_FIELDS).find(([index]) => text.includes(index));
    const field = entry?.[1] ?? fieldFromSqliteMessage(text);
    throw new DomainError(
      'ALREADY_EXISTS',
      field ? `${field} is already in use` : 'A unique value is already in use',
      field ? { field } : {},
      { cause: error },
    );
  }
  throw error;
}

/** SQLite names columns, not the index: "UNIQUE constraint failed: users.organization_id, users.user_name_key". */
function fieldFromSqliteMessage(text: string): string | undefined {
  if (text.includes('users.user_name_key')) return 'userName';
  if (text.includes('teams.display_name_key')) return 'displayName';
  if (text.includes('organizations.slug')) return 'slug';
  if (text.includes('api_tokens.token_hash')) return 'token';
  return undefined;
}

/** Runs `work`, translating database errors on the way out. */
export async function withDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return translateDbError(error);
  }
}
