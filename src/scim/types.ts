import type { JsonObject, JsonValue } from './json';
import type { ENTERPRISE_USER, ROLE_EXTENSION } from './schemas';

/**
 * The SCIM messages the façade sends and reads, as the RFCs spell them. They are type aliases, not
 * interfaces, so that a rendered resource is also a `JsonObject`: projection and the PATCH engine
 * work on plain JSON. An optional attribute is one RFC 7643 §2.5 lets the service leave unassigned,
 * and a rendered resource omits it rather than sending null.
 */

/** RFC 7643 §3.1 `meta`. `version` is the weak ETag (RFC 7644 §3.14). */
export type ScimMeta = {
  resourceType: 'User' | 'Group';
  created: string;
  lastModified: string;
  location: string;
  version: string;
};

/** RFC 7643 §4.1.1 `name`. */
export type ScimName = {
  formatted?: string;
  familyName?: string;
  givenName?: string;
  middleName?: string;
  honorificPrefix?: string;
  honorificSuffix?: string;
};

/** RFC 7643 §2.4: an element of `emails`, `phoneNumbers`, `ims`, `photos`, `entitlements`, `roles` or `x509Certificates`. */
export type ScimMultiValue = {
  value?: string;
  type?: string;
  primary?: boolean;
  display?: string;
};

/** RFC 7643 §4.1.2 `addresses`. */
export type ScimAddress = {
  formatted?: string;
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  type?: string;
  primary?: boolean;
};

/** RFC 7643 §4.1.2 `groups`: a group the user is a direct member of (read-only). */
export type ScimUserGroup = { value: string; $ref: string; display: string; type: 'direct' };

/** RFC 7643 §4.3, the enterprise User extension. */
export type ScimEnterpriseUser = {
  employeeNumber?: string;
  costCenter?: string;
  organization?: string;
  division?: string;
  department?: string;
  manager?: { value?: string; displayName?: string };
};

/** The organization role extension (DESIGN.md "Roles"): `admin` or `member`, lower-cased. */
export type ScimRoleExtension = { role: string };

/** RFC 7643 §4.1: a User, with the enterprise extension (§4.3) and the role extension keyed by their URNs. */
export type ScimUser = {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name?: ScimName;
  displayName?: string;
  nickName?: string;
  profileUrl?: string;
  title?: string;
  userType?: string;
  preferredLanguage?: string;
  locale?: string;
  timezone?: string;
  active: boolean;
  emails?: ScimMultiValue[];
  phoneNumbers?: ScimMultiValue[];
  ims?: ScimMultiValue[];
  photos?: ScimMultiValue[];
  entitlements?: ScimMultiValue[];
  roles?: ScimMultiValue[];
  x509Certificates?: ScimMultiValue[];
  addresses?: ScimAddress[];
  groups?: ScimUserGroup[];
  [ENTERPRISE_USER]?: ScimEnterpriseUser;
  [ROLE_EXTENSION]?: ScimRoleExtension;
  meta: ScimMeta;
};

/** RFC 7643 §4.2 `members`: here always a User. */
export type ScimGroupMember = { value: string; display: string; $ref: string; type: 'User' };

/** RFC 7643 §4.2: a Group. */
export type ScimGroup = {
  schemas: string[];
  id: string;
  externalId?: string;
  displayName: string;
  members?: ScimGroupMember[];
  meta: ScimMeta;
};

/**
 * RFC 7644 §3.4.2 ListResponse, with RFC 9865's cursors. `Resources` are the resources as the
 * request projected them (RFC 7644 §3.4.2.5), so each is plain JSON: any attribute but `id` and
 * `schemas` may be left out.
 */
export type ScimListResponse = {
  schemas: string[];
  totalResults: number;
  startIndex?: number;
  itemsPerPage: number;
  nextCursor?: string;
  previousCursor?: string;
  Resources: JsonObject[];
};

/** One operation of a PatchOp (RFC 7644 §3.5.2) as `parsePatchRequest` normalises it: `op` lower-cased, a blank `path` dropped. */
export type ScimPatchOperation = {
  readonly op: 'add' | 'replace' | 'remove';
  readonly path?: string;
  /** `undefined` when the operation has no `value` member; `null` when it is an explicit null. */
  readonly value?: JsonValue;
};

/** RFC 7644 §3.5.2: the PatchOp request message. */
export type ScimPatchOp = {
  schemas: string[];
  Operations: ScimPatchOperation[];
};
