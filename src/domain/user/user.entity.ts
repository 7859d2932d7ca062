import { Entity, OptionalProps, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../common/ids';
import type { OrgRole } from '../roles';

/** A complex value of a multi-valued SCIM attribute (ims, photos, entitlements, roles, x509). */
export interface MultiValue {
  value?: string | null;
  display?: string | null;
  type?: string | null;
  primary?: boolean | null;
}

export interface Address {
  formatted?: string | null;
  streetAddress?: string | null;
  locality?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  type?: string | null;
  primary?: boolean | null;
}

/**
 * A user of one organization. Scalar SCIM attributes are columns; emails and phone numbers
 * live in `user_contacts` (they are filterable); the other multi-valued attributes are JSON
 * kept verbatim so that what a client wrote reads back identically.
 */
@Entity({ tableName: 'users' })
@Unique({ name: 'users_org_user_name_key_unique', properties: ['organizationId', 'userNameKey'] })
@Index({ name: 'users_org_external_id_index', properties: ['organizationId', 'externalId'] })
@Index({ name: 'users_org_created_index', properties: ['organizationId', 'createdAt', 'id'] })
export class User {
  [OptionalProps]?: 'id' | 'userNameKey' | 'externalId' | 'nameFormatted' | 'nameFamilyName' | 'nameGivenName' | 'nameMiddleName' | 'nameHonorificPrefix' | 'nameHonorificSuffix' | 'displayName' | 'nickName' | 'profileUrl' | 'title' | 'userType' | 'preferredLanguage' | 'locale' | 'timezone' | 'active' | 'ims' | 'photos' | 'addresses' | 'entitlements' | 'roles' | 'x509Certificates' | 'employeeNumber' | 'costCenter' | 'enterpriseOrganization' | 'division' | 'department' | 'managerValue' | 'managerDisplayName' | 'idpRole' | 'manualRole' | 'provisionedByIdp' | 'createdAt' | 'updatedAt' | 'deactivatedAt' | 'deletedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 512 })
  userName!: string;

  /**
   * Lower-cased `userName` while the user is not deleted, NULL once tombstoned (frees the name).
   * Twice the name's length: a lower case can be longer than its value (İ → i̇).
   */
  @Property({ type: 'string', length: 1024, nullable: true })
  userNameKey: string | null = null;

  @Property({ type: 'string', length: 512, nullable: true })
  externalId: string | null = null;

  @Property({ type: 'string', nullable: true, length: 512 }) nameFormatted: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) nameFamilyName: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) nameGivenName: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) nameMiddleName: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) nameHonorificPrefix: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) nameHonorificSuffix: string | null = null;

  @Property({ type: 'string', nullable: true, length: 512 }) displayName: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) nickName: string | null = null;
  @Property({ type: 'string', nullable: true, length: 1024 }) profileUrl: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) title: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) userType: string | null = null;
  @Property({ type: 'string', nullable: true, length: 64 }) preferredLanguage: string | null = null;
  @Property({ type: 'string', nullable: true, length: 64 }) locale: string | null = null;
  @Property({ type: 'string', nullable: true, length: 128 }) timezone: string | null = null;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'json', nullable: true }) ims: MultiValue[] | null = null;
  @Property({ type: 'json', nullable: true }) photos: MultiValue[] | null = null;
  @Property({ type: 'json', nullable: true }) addresses: Address[] | null = null;
  @Property({ type: 'json', nullable: true }) entitlements: MultiValue[] | null = null;
  @Property({ type: 'json', nullable: true }) roles: MultiValue[] | null = null;
  @Property({ type: 'json', nullable: true }) x509Certificates: MultiValue[] | null = null;

  // Enterprise extension (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User)
  @Property({ type: 'string', nullable: true, length: 256 }) employeeNumber: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) costCenter: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) enterpriseOrganization: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) division: string | null = null;
  @Property({ type: 'string', nullable: true, length: 256 }) department: string | null = null;
  @Property({ type: 'string', nullable: true, length: 512 }) managerValue: string | null = null;
  @Property({ type: 'string', nullable: true, length: 512 }) managerDisplayName: string | null = null;

  /** Role pushed by the IdP in the role extension (`admin` | `member`), normalised. */
  @Property({ type: 'string', nullable: true, length: 16 })
  idpRole: OrgRole | null = null;

  /** Role set by an org admin through GraphQL; effective only while the org's override is on. */
  @Property({ type: 'string', nullable: true, length: 16 })
  manualRole: OrgRole | null = null;

  /** True when the user came from the IdP (SCIM), which is then the source of truth. */
  @Property({ type: 'boolean', default: false })
  provisionedByIdp: boolean = false;

  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();
  @Property({ type: 'datetime', nullable: true }) deactivatedAt: Date | null = null;
  @Property({ type: 'datetime', nullable: true }) deletedAt: Date | null = null;

  /** Bumped on every change; the SCIM ETag. */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
