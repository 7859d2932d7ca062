import { ScimError } from '../errors';
import type { TeamFilterInput, TeamMembersFilterInput } from '../operations/groups.generated';
import type { ContactFilterInput, IdFilterInput, UserFilterInput } from '../operations/users.generated';
import { ENTERPRISE_USER, ROLE_EXTENSION } from '../schemas';
import type { CompValue } from './ast';
import { formatAttrPath } from './attr-path';
import type { ResolvedFilter } from './resolve';
import { complexAttribute, fieldsOf, translateFilter, type FilterField, type FilterLogic, type FilterTable } from './translate';

/**
 * The filter tables of Users and Groups (RFC 7644 §3.4.2.2): where each filterable SCIM attribute
 * lands in the generated `UserFilterInput` / `TeamFilterInput` (translate.ts translates with them).
 */

const fail = (detail: string): never => {
  throw new ScimError(400, 'invalidFilter', detail);
};

/** The input shape the derived `meta` attributes build: an id test and its negation, which both resources take. */
type IdInput = { id?: IdFilterInput | null; not?: IdInput | null };

/** Matches no resource: an id list with nothing in it. */
const none = (): IdInput => ({ id: { in: [] } });

/** `meta.resourceType` (RFC 7643 §3.1; case-exact): `eq` the type's name holds for all, any other for none; `ne` the reverse. */
function resourceTypeField(resourceType: string): FilterField<IdInput> {
  return {
    kind: 'derived',
    compile: (op, value) => {
      if (op !== 'eq' && op !== 'ne') return null;
      return (value === resourceType) === (op === 'eq') ? {} : none();
    },
  };
}

/** `meta.location` (RFC 7643 §3.1: the resource's URI; case-exact): `eq` a URL ending in `/<endpoint>/<id>` is `id eq`; `ne` its negation. */
function locationField(endpoint: string): FilterField<IdInput> {
  return {
    kind: 'derived',
    compile: (op, value) => {
      if (op !== 'eq' && op !== 'ne') return null;
      const match = typeof value === 'string' ? new RegExp(`/${endpoint}/([^/?#]+)$`).exec(value) : null;
      const same: IdInput = match ? { id: { eq: match[1] } } : none();
      return op === 'eq' ? same : { not: same };
    },
  };
}

/** The version number an ETag names: `W/"3"`, `"3"` and `3` all name 3 (the attribute is a string). */
function versionOf(value: CompValue): number | null {
  const match = typeof value === 'string' ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(value.trim()) : null;
  return match ? Number(match[1]) : null;
}

/**
 * `meta.version` (RFC 7643 §3.1: the resource's ETag) compared with the version number. Only
 * `eq`/`ne` apply; a value that is no version is 400 invalidFilter.
 */
const VERSION_FIELD: FilterField<TeamFilterInput> = {
  kind: 'derived',
  compile: (op, value) => {
    if (op !== 'eq' && op !== 'ne') return null;
    const version = versionOf(value);
    if (version === null) return fail('meta.version takes an ETag such as W/"3"');
    return { version: op === 'eq' ? { eq: version } : { ne: version } };
  },
};

const ENTERPRISE = ENTERPRISE_USER.toLowerCase();
const ROLE = ROLE_EXTENSION.toLowerCase();

const contact = fieldsOf<ContactFilterInput>();
const CONTACT_LOGIC: FilterLogic<ContactFilterInput> = { all: () => ({}), and: (and) => ({ and }), or: (or) => ({ or }), not: (not) => ({ not }) };

/** One element of `emails` → `ContactFilterInput`. */
const EMAIL_TABLE: FilterTable<ContactFilterInput> = {
  fields: {
    value: contact.text((value) => ({ value })),
    type: contact.text((type) => ({ type })),
    display: contact.text((display) => ({ display })),
    primary: contact.boolean((primary) => ({ primary })),
  },
  logic: CONTACT_LOGIC,
};

/** One element of `phoneNumbers`: only its value is filterable (DESIGN.md). */
const PHONE_TABLE: FilterTable<ContactFilterInput> = { fields: { value: EMAIL_TABLE.fields.value }, logic: CONTACT_LOGIC };

const user = fieldsOf<UserFilterInput>();
const emails = complexAttribute('emails', EMAIL_TABLE, (emails: ContactFilterInput): UserFilterInput => ({ emails }));
const phoneNumbers = complexAttribute('phonenumbers', PHONE_TABLE, (phoneNumbers: ContactFilterInput): UserFilterInput => ({ phoneNumbers }));

/** SCIM User attributes (DESIGN.md "Filterable user attributes") → GraphQL `UserFilterInput`. */
export const USER_FILTER_TABLE: FilterTable<UserFilterInput> = {
  fields: {
    id: user.id((id) => ({ id })),
    externalid: user.text((externalId) => ({ externalId })),
    username: user.text((userName) => ({ userName })),
    displayname: user.text((displayName) => ({ displayName })),
    nickname: user.text((nickName) => ({ nickName })),
    title: user.text((title) => ({ title })),
    usertype: user.text((userType) => ({ userType })),
    locale: user.text((locale) => ({ locale })),
    active: user.boolean((active) => ({ active })),
    'name.formatted': user.text((formatted) => ({ name: { formatted } })),
    'name.familyname': user.text((familyName) => ({ name: { familyName } })),
    'name.givenname': user.text((givenName) => ({ name: { givenName } })),
    'name.middlename': user.text((middleName) => ({ name: { middleName } })),
    'name.honorificprefix': user.text((honorificPrefix) => ({ name: { honorificPrefix } })),
    'name.honorificsuffix': user.text((honorificSuffix) => ({ name: { honorificSuffix } })),
    ...emails.fields,
    ...phoneNumbers.fields,
    'meta.created': user.dateTime((createdAt) => ({ createdAt })),
    'meta.lastmodified': user.dateTime((updatedAt) => ({ updatedAt })),
    'meta.resourcetype': resourceTypeField('User'),
    'meta.location': locationField('Users'),
    [`${ENTERPRISE}:employeenumber`]: user.text((employeeNumber) => ({ employeeNumber })),
    [`${ENTERPRISE}:costcenter`]: user.text((costCenter) => ({ costCenter })),
    [`${ENTERPRISE}:organization`]: user.text((organization) => ({ organization })),
    [`${ENTERPRISE}:division`]: user.text((division) => ({ division })),
    [`${ENTERPRISE}:department`]: user.text((department) => ({ department })),
    [`${ENTERPRISE}:manager.value`]: user.text((managerValue) => ({ managerValue })),
    [`${ROLE}:role`]: user.text((idpRole) => ({ idpRole })),
  },
  logic: { all: () => ({}), and: (and) => ({ and }), or: (or) => ({ or }), not: (not) => ({ not }) },
  valuePaths: { ...emails.valuePaths, ...phoneNumbers.valuePaths },
};

/** A resolved User filter as GraphQL `UserFilterInput`. */
export function toUserFilterInput(filter: ResolvedFilter): UserFilterInput {
  return translateFilter(filter, USER_FILTER_TABLE);
}

/** One member's condition is a single id test: `and`, `or` and `not` inside `members[…]` were spread or refused before. */
const oneMemberTest = (): never => fail('"members[…]" may test one member\'s value, or several joined by "or"');

/** One element of `members` → `TeamMembersFilterInput`; `members.value pr` is `members.present`. */
const MEMBER_TABLE: FilterTable<TeamMembersFilterInput> = {
  fields: { value: fieldsOf<TeamMembersFilterInput>().id((value) => ({ value }), () => ({ present: true })) },
  logic: { all: () => ({}), and: oneMemberTest, or: oneMemberTest, not: oneMemberTest },
};

const team = fieldsOf<TeamFilterInput>();
const members = complexAttribute('members', MEMBER_TABLE, (members: TeamMembersFilterInput): TeamFilterInput => ({ members }));

/**
 * SCIM Group attributes (DESIGN.md: `id`, `externalId`, `displayName`, `members` / `members.value`,
 * `meta.*`) → GraphQL `TeamFilterInput`. `displayName eq` compares case-insensitively (caseExact
 * false); `members[value eq "…"]` and `members.value eq "…"` test for some member, in SQL.
 */
export const GROUP_FILTER_TABLE: FilterTable<TeamFilterInput> = {
  fields: {
    id: team.id((id) => ({ id })),
    externalid: team.text((externalId) => ({ externalId })),
    displayname: team.text((displayName) => ({ displayName })),
    ...members.fields,
    'meta.created': team.dateTime((createdAt) => ({ createdAt })),
    'meta.lastmodified': team.dateTime((updatedAt) => ({ updatedAt })),
    'meta.resourcetype': resourceTypeField('Group'),
    'meta.location': locationField('Groups'),
    'meta.version': VERSION_FIELD,
  },
  logic: { all: () => ({}), and: (and) => ({ and }), or: (or) => ({ or }), not: (not) => ({ not }) },
  valuePaths: members.valuePaths,
};

/**
 * `members[a or b]` as `members[a] or members[b]` (the same groups: some member matches either),
 * since one member's condition in `TeamFilterInput` is a single id test. `and` and `not` inside
 * `members[…]` have no such rewriting and are 400 invalidFilter.
 */
function spreadMemberFilters(filter: ResolvedFilter): ResolvedFilter {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return { ...filter, left: spreadMemberFilters(filter.left), right: spreadMemberFilters(filter.right) };
    case 'not':
      return { ...filter, filter: spreadMemberFilters(filter.filter) };
    case 'valuePath': {
      const inner = filter.filter;
      if (inner.kind === 'or') {
        return { kind: 'or', left: spreadMemberFilters({ ...filter, filter: inner.left }), right: spreadMemberFilters({ ...filter, filter: inner.right }) };
      }
      if (inner.kind !== 'compare' && inner.kind !== 'present') {
        return fail(`"${formatAttrPath(filter.path)}[…]" may test one member's value, or several joined by "or"`);
      }
      return filter;
    }
    default:
      return filter;
  }
}

/** A resolved Group filter as GraphQL `TeamFilterInput`. */
export function toGroupFilterInput(filter: ResolvedFilter): TeamFilterInput {
  return translateFilter(spreadMemberFilters(filter), GROUP_FILTER_TABLE);
}
