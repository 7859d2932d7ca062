import request from 'supertest';
import type { TestApp } from '../support/app';

export const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const ROLE = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_JSON = 'application/scim+json; charset=utf-8';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** SCIM calls on one organization of a test app, with its scim token. */
export interface ScimClient {
  organizationId: string;
  token: string;
  baseUrl: string;
  /** A request to `/scim/v2<path>` with the scim token; a body is sent as application/scim+json. */
  call(method: Method, path: string, body?: unknown): request.Test;
  /** POST /Users with `userName` and `attributes`; returns the created resource (fails unless 201). */
  createUser(userName: string, attributes?: Record<string, unknown>): Promise<Record<string, any>>;
  /** A GraphQL call with an admin token of the same organization. */
  admin(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
}

export const patchBody = (...operations: Record<string, unknown>[]) => ({ schemas: [PATCH_OP], Operations: operations });

export async function createScimClient(t: TestApp, prefix = 'scim'): Promise<ScimClient> {
  const org = await t.createOrganization(prefix);
  const token = (await t.createToken(org.id, 'scim', `${prefix} idp`)).secret;
  const adminToken = (await t.createToken(org.id, 'admin', `${prefix} admin`)).secret;
  const call = (method: Method, path: string, body?: unknown): request.Test => {
    const test = request(t.app)[method](`/scim/v2${path}`).set('Authorization', `Bearer ${token}`);
    return body === undefined ? test : test.set('Content-Type', 'application/scim+json').send(JSON.stringify(body));
  };
  return {
    organizationId: org.id,
    token,
    baseUrl: `${t.config.publicUrl}/scim/v2`,
    call,
    async createUser(userName, attributes = {}) {
      const response = await call('post', '/Users', { schemas: [CORE], userName, ...attributes });
      if (response.status !== 201) throw new Error(`create ${userName}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    },
    async admin(query, variables = {}) {
      const response = await t.graphql(adminToken, query, variables);
      if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
      return response.body.data;
    },
  };
}
