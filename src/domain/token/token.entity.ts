import { Entity, OptionalProps, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../common/ids';

export const TOKEN_SCOPES = ['scim', 'admin', 'read', 'internal'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A bootstrap token: an `admin` token issued to no user (CLI only, for the first set-up). Takes a token or its actor. */
export const isBootstrapToken = (token: { scope: TokenScope | null; userId?: string | null }): boolean => token.scope === 'admin' && !token.userId;

/**
 * An API token. Only the SHA-256 of the secret is stored. Not tenant-keyed: the bearer secret
 * is looked up before the organization is known, and `internal` tokens belong to none.
 */
@Entity({ tableName: 'api_tokens' })
@Index({ name: 'api_tokens_org_index', properties: ['organizationId', 'createdAt'] })
export class ApiToken {
  [OptionalProps]?: 'id' | 'organizationId' | 'userId' | 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** NULL only for `internal` tokens. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  /**
   * The person the token was issued to (DESIGN.md "Org admins are users"): an `admin` token works
   * only while that user is an active org admin, a `read` token while they are active. NULL for
   * `scim` and `internal` tokens, for service `read` tokens, and for a bootstrap `admin` token.
   */
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  scope!: TokenScope;

  @Unique({ name: 'api_tokens_hash_unique' })
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  /** The first characters of the secret, to recognise a token in lists; not enough to use it. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ type: 'datetime', nullable: true }) lastUsedAt: Date | null = null;
  @Property({ type: 'datetime', nullable: true }) revokedAt: Date | null = null;
}
