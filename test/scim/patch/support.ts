import { ScimError, type ScimType } from '../../../src/scim/errors';
import { applyPatch, type JsonObject, type JsonValue } from '../../../src/scim/patch';
import { ENTERPRISE_SCHEMA, GROUP_CATALOGUE, USER_CATALOGUE, USER_SCHEMA } from './catalogues';

export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type Operation = { [key: string]: JsonValue };

export const body = (...operations: Operation[]) => ({ schemas: [PATCH_OP], Operations: operations });

export const USER_ID = '5fc0c238-1111-4a2b-9c3d-000000000001';
export const GROUP_ID = 'abf4dd94-2222-4a2b-9c3d-000000000002';

/** A user as the façade would hand it to the engine: what a GET returns. */
export const baseUser = (): JsonObject => ({
  schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
  id: USER_ID,
  externalId: '00ujl29u0le5T6Aj10h7',
  userName: 'test.user@okta.local',
  name: { givenName: 'Test', familyName: 'User' },
  displayName: 'Test User',
  active: true,
  emails: [{ value: 'test.user@okta.local', type: 'work', primary: true }],
  [ENTERPRISE_SCHEMA]: { department: 'Sales' },
  meta: { resourceType: 'User', version: 'W/"1"' },
});

export const baseGroup = (): JsonObject => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
  id: GROUP_ID,
  displayName: 'Test SCIMv2',
  members: [{ value: 'u1' }, { value: 'u2' }],
  meta: { resourceType: 'Group', version: 'W/"4"' },
});

export const patchUser = (...operations: Operation[]): JsonObject => applyPatch(baseUser(), body(...operations), USER_CATALOGUE);

export const patchGroup = (...operations: Operation[]): JsonObject => applyPatch(baseGroup(), body(...operations), GROUP_CATALOGUE);

/** The ScimError `run` throws; fails the test when it throws anything else or nothing. */
export function scimErrorOf(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError, nothing was thrown');
}

export function expectScimError(run: () => unknown, scimType: ScimType): void {
  const error = scimErrorOf(run);
  expect({ status: error.status, scimType: error.scimType }).toEqual({ status: 400, scimType });
}
