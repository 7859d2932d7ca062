import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../common/ids';

/** A tenant. Not itself tenant-owned: every other table keys by its `id` first. */
@Entity({ tableName: 'organizations' })
export class Organization {
  [OptionalProps]?:
    | 'id'
    | 'roleManualOverride'
    | 'scimEnabled'
    | 'allowLocalEdits'
    | 'contentSuccessorId'
    | 'createdAt'
    | 'updatedAt'
    | 'deprovisionHoldEnabled'
    | 'deprovisionHoldPercent'
    | 'deprovisionHoldCount'
    | 'deprovisionHoldWindowMinutes'
    | 'deprovisionHoldEngagedAt'
    | 'deprovisionHoldHeldCount'
    | 'deprovisionHoldReleasedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Unique({ name: 'organizations_slug_unique' })
  @Property({ type: 'string', length: 100 })
  slug!: string;

  /** SCIM is a plan entitlement (DESIGN.md): when off, the organization's `scim` tokens get 403 and nothing is written. */
  @Property({ type: 'boolean', default: true })
  scimEnabled: boolean = true;

  /** When on, GraphQL may edit what the IdP provisioned (DESIGN.md "One-way sync"); each such edit is audited as local. */
  @Property({ type: 'boolean', default: false })
  allowLocalEdits: boolean = false;

  /** When on, an org admin's manual role wins over what the IdP pushes. */
  @Property({ type: 'boolean', default: false })
  roleManualOverride: boolean = false;

  /** The org admin who receives a deactivated user's documents. */
  @Property({ type: 'uuid', nullable: true })
  contentSuccessorId: string | null = null;

  /**
   * The deprovisioning hold's thresholds (DESIGN.md): an IdP may deactivate or delete, within
   * `deprovisionHoldWindowMinutes`, the larger of `deprovisionHoldCount` users and
   * `deprovisionHoldPercent` % of the organization's active users; further deprovisions are held.
   */
  @Property({ type: 'boolean', default: true })
  deprovisionHoldEnabled: boolean = true;

  @Property({ type: 'integer', default: 10 })
  deprovisionHoldPercent: number = 10;

  @Property({ type: 'integer', default: 50 })
  deprovisionHoldCount: number = 50;

  @Property({ type: 'integer', default: 10 })
  deprovisionHoldWindowMinutes: number = 10;

  /** When the hold engaged; null while none is engaged. */
  @Property({ type: 'datetime', nullable: true })
  deprovisionHoldEngagedAt: Date | null = null;

  /** Users whose deprovision the engaged hold keeps back. */
  @Property({ type: 'integer', default: 0 })
  deprovisionHoldHeldCount: number = 0;

  /** When an org admin last released a hold: the window counts only deprovisions after it. */
  @Property({ type: 'datetime', nullable: true })
  deprovisionHoldReleasedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
