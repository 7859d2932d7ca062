import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../common/ids';

/** What an IdP asked for: `active: false`, or DELETE. */
export type DeprovisionAction = 'deactivate' | 'delete';

/**
 * Where a deprovision stands: `applied` (counted in the hold's window), `held` (kept back by the
 * hold), `released` (an org admin released the hold: the IdP's retry applies it), `retried`
 * (applied after release, not counted).
 */
export type DeprovisionState = 'applied' | 'held' | 'released' | 'retried';

/** One IdP deprovision of an active user, applied or held (the mass-deprovisioning hold's record). */
@Entity({ tableName: 'deprovisions' })
@Index({ name: 'deprovisions_org_state_time_index', properties: ['organizationId', 'state', 'requestedAt'] })
@Index({ name: 'deprovisions_org_user_index', properties: ['organizationId', 'userId', 'state'] })
export class Deprovision {
  [OptionalProps]?: 'id' | 'attempts' | 'tokenId' | 'requestId';

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 16 })
  action!: DeprovisionAction;

  @Property({ type: 'string', length: 16 })
  state!: DeprovisionState;

  /** When it was applied, or first held. */
  @Property({ type: 'datetime' })
  requestedAt!: Date;

  /** Requests for it so far (an IdP retries a held one). */
  @Property({ type: 'integer', default: 1 })
  attempts: number = 1;

  /** The token that asked (its id, never its secret). */
  @Property({ type: 'string', length: 64, nullable: true })
  tokenId: string | null = null;

  @Property({ type: 'string', length: 128, nullable: true })
  requestId: string | null = null;
}
