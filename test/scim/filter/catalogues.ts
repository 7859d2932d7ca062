import type { AttributeCatalogue, AttributeDefinition } from '../../../src/scim/schema-catalogue';

/** Test catalogues following DESIGN.md's list of filterable User and Group attributes. */
const str = (name: string, filterable = true, caseExact = false): AttributeDefinition => ({ name, type: 'string', caseExact, filterable });
const complex = (name: string, subAttributes: AttributeDefinition[], multiValued = false, filterable = true): AttributeDefinition => ({
  name,
  type: 'complex',
  multiValued,
  filterable,
  subAttributes,
});
const ref = (filterable = false): AttributeDefinition => ({ name: '$ref', type: 'reference', caseExact: true, filterable });

const meta = (allFilterable: boolean): AttributeDefinition =>
  complex('meta', [
    { name: 'created', type: 'dateTime', filterable: true },
    { name: 'lastModified', type: 'dateTime', filterable: true },
    str('resourceType', allFilterable, true),
    { name: 'location', type: 'reference', caseExact: true, filterable: allFilterable },
    str('version', allFilterable, true),
  ]);

export const USER_CATALOGUE: AttributeCatalogue = {
  core: {
    id: 'urn:ietf:params:scim:schemas:core:2.0:User',
    attributes: [
      str('id', true, true),
      str('externalId', true, true),
      meta(false),
      str('userName'),
      complex('name', ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((n) => str(n))),
      str('displayName'),
      str('nickName'),
      str('title'),
      str('userType'),
      str('locale'),
      str('timezone', false),
      str('preferredLanguage', false),
      { name: 'active', type: 'boolean', filterable: true },
      str('password', false, true),
      complex('emails', [str('value'), str('type'), { name: 'primary', type: 'boolean', filterable: true }, str('display', false)], true),
      complex('phoneNumbers', [str('value'), str('type', false), { name: 'primary', type: 'boolean', filterable: false }], true),
      complex('addresses', [str('streetAddress'), str('locality'), str('type')], true, false),
      complex('groups', [str('value', true, true), ref(), str('display', false)], true, false),
      str('schemas', false, true),
    ],
  },
  extensions: [
    {
      id: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      attributes: [
        str('employeeNumber'),
        str('costCenter'),
        str('organization'),
        str('division'),
        str('department'),
        complex('manager', [str('value', true, true), ref(), str('displayName', false)]),
      ],
    },
    {
      id: 'urn:custom:params:scim:schemas:extension:writer:2.0:User',
      aliases: ['urn:custom:params:scim:schemas:extension:writer:2.0'],
      attributes: [str('role')],
    },
  ],
};

export const GROUP_CATALOGUE: AttributeCatalogue = {
  core: {
    id: 'urn:ietf:params:scim:schemas:core:2.0:Group',
    attributes: [
      str('id', true, true),
      str('externalId', true, true),
      meta(true),
      str('displayName'),
      complex('members', [str('value', true, true), ref(), str('display', false), str('type', false)], true),
    ],
  },
};

/** A catalogue with the remaining RFC 7643 types, to test operator and value rules. */
export const TYPES_CATALOGUE: AttributeCatalogue = {
  core: {
    id: 'urn:example:params:scim:schemas:core:2.0:Thing',
    attributes: [
      { name: 'count', type: 'integer', filterable: true },
      { name: 'weight', type: 'decimal', filterable: true },
      { name: 'photo', type: 'binary', filterable: true },
      { name: 'profileUrl', type: 'reference', filterable: true },
      { name: 'tags', type: 'string', multiValued: true, filterable: true },
    ],
  },
  extensions: [
    { id: 'urn:example:params:scim:schemas:extension:one:2.0:Thing', attributes: [str('code'), str('shared')] },
    { id: 'urn:example:params:scim:schemas:extension:two:2.0:Thing', attributes: [str('shared')] },
  ],
};
