import type { AttributeCatalogue, AttributeDefinition, AttributeType } from '../../../src/scim/schema-catalogue';

/** Attribute catalogues per RFC 7643 §4.1 (User), §4.2 (Group), §4.3 (enterprise User) and the writer role extension. */

const attr = (name: string, type: AttributeType = 'string', more: Partial<AttributeDefinition> = {}): AttributeDefinition => ({
  name,
  type,
  multiValued: false,
  mutability: 'readWrite',
  caseExact: false,
  ...more,
});

/** RFC 7643 §4.1.2: the value/display/type/primary pattern of emails, phoneNumbers, ims, photos, roles, … */
const plural = (name: string, valueType: AttributeType = 'string', more: Partial<AttributeDefinition> = {}) =>
  attr(name, 'complex', {
    multiValued: true,
    subAttributes: [attr('value', valueType), attr('display'), attr('type'), attr('primary', 'boolean')],
    ...more,
  });

/** RFC 7643 §3.1: every resource carries these besides its schema's attributes. */
const COMMON = [
  attr('id', 'string', { mutability: 'readOnly', caseExact: true }),
  attr('externalId', 'string', { caseExact: true }),
  attr('schemas', 'reference', { multiValued: true, mutability: 'readOnly' }),
  attr('meta', 'complex', {
    mutability: 'readOnly',
    subAttributes: ['resourceType', 'location', 'version'].map((n) => attr(n, 'string', { mutability: 'readOnly' })).concat(
      ['created', 'lastModified'].map((n) => attr(n, 'dateTime', { mutability: 'readOnly' })),
    ),
  }),
];

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const WRITER_SCHEMA = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';

export const USER_CATALOGUE: AttributeCatalogue = {
  core: {
    id: USER_SCHEMA,
    attributes: [
      ...COMMON,
      attr('userName', 'string', { required: true }),
      attr('name', 'complex', {
        subAttributes: ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((n) => attr(n)),
      }),
      ...['displayName', 'nickName', 'title', 'userType', 'preferredLanguage', 'locale', 'timezone'].map((n) => attr(n)),
      attr('profileUrl', 'reference'),
      attr('active', 'boolean'),
      attr('password', 'string', { mutability: 'writeOnly', caseExact: true }),
      plural('emails'),
      plural('phoneNumbers'),
      plural('ims'),
      plural('photos', 'reference'),
      attr('addresses', 'complex', {
        multiValued: true,
        subAttributes: [
          ...['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type'].map((n) => attr(n)),
          attr('primary', 'boolean'),
        ],
      }),
      attr('groups', 'complex', {
        multiValued: true,
        mutability: 'readOnly',
        subAttributes: [
          attr('value', 'string', { mutability: 'readOnly' }),
          attr('$ref', 'reference', { mutability: 'readOnly' }),
          attr('display', 'string', { mutability: 'readOnly' }),
          attr('type', 'string', { mutability: 'readOnly' }),
        ],
      }),
      plural('entitlements'),
      plural('roles'),
      plural('x509Certificates', 'binary'),
    ],
  },
  extensions: [
    {
      id: ENTERPRISE_SCHEMA,
      attributes: [
        ...['employeeNumber', 'costCenter', 'organization', 'division', 'department'].map((n) => attr(n)),
        attr('manager', 'complex', {
          subAttributes: [attr('value'), attr('$ref', 'reference'), attr('displayName', 'string', { mutability: 'readOnly' })],
        }),
      ],
    },
    {
      id: WRITER_SCHEMA,
      // One WRITER support article spells the namespace without ":User".
      aliases: ['urn:custom:params:scim:schemas:extension:writer:2.0'],
      attributes: [attr('role')],
    },
  ],
};

export const GROUP_CATALOGUE: AttributeCatalogue = {
  core: {
    id: 'urn:ietf:params:scim:schemas:core:2.0:Group',
    attributes: [
      ...COMMON,
      attr('displayName', 'string', { required: true }),
      attr('members', 'complex', {
        multiValued: true,
        subAttributes: [
          attr('value', 'string', { mutability: 'immutable', caseExact: true }),
          attr('$ref', 'reference', { mutability: 'immutable' }),
          attr('display'),
          attr('type', 'string', { mutability: 'immutable' }),
        ],
      }),
    ],
  },
};
