import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../common/ids';

export interface FieldChange {
  before: unknown;
  after: unknown;
}

/** One recorded change, from either door. Never holds secrets. */
@Entity({ tableName: 'audit_events' })
@Index({ name: 'audit_events_org_time_index', properties: ['organizationId', 'occurredAt', 'id'] })
@Index({ name: 'audit_events_org_target_index', properties: ['organizationId', 'targetId', 'occurredAt'] })
export class AuditEvent {
  [OptionalProps]?: 'id' | 'occurredAt' | 'actorId' | 'actorName' | 'actorUserId' | 'targetId' | 'changes' | 'requestId';

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();

  /** `token`, `cli` or `system`. */
  @Property({ type: 'string', length: 16 })
  actorType!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  actorId: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  actorName: string | null = null;

  /** The person behind the actor: the user a token was issued to; NULL for other actors. */
  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  /** Dotted verb, e.g. `user.deactivated`, `team.members_added`. */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 32 })
  targetType!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  targetId: string | null = null;

  @Property({ type: 'json', nullable: true })
  changes: Record<string, FieldChange> | null = null;

  @Property({ type: 'string', length: 128, nullable: true })
  requestId: string | null = null;
}
