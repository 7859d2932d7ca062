import express from 'express';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import pino from 'pino';
import request from 'supertest';
import { requestIdMiddleware } from '../../src/http/request-id';
import { createScimDependencies } from '../../src/http/scim';
import { groupRoutes } from '../../src/scim/groups.handler';
import { createScimRouter } from '../../src/scim/router';
import { userRoutes } from '../../src/scim/users.handler';
import { createTestApp, type TestApp } from '../support/app';
import { createGroup } from './groups-client';
import { createScimClient, type ScimClient } from './users-client';

/**
 * RFC 7644 §3.14: a DELETE with If-Match deletes only the version it names. A write that lands after
 * the client read its tag (here: just before the delete runs, where a concurrent PUT or GraphQL
 * change lands in a real race) answers the DELETE 412, and the changed resource stays.
 */

let t: TestApp;
let scim: ScimClient;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'delete-if-match');
  // The interfering write comes through GraphQL, as an admin's would.
  await scim.admin('mutation { updateOrganizationSettings(input: { allowLocalEdits: true }) { id } }');
});
afterAll(async () => t.close());

const operationOf = (document: DocumentNode): string | undefined => (document.definitions[0] as OperationDefinitionNode).name?.value;

/** The SCIM router with an execute that runs `interfere` once, just before the first `operation`. */
function racingApp(operation: string, interfere: () => Promise<void>) {
  const deps = createScimDependencies({ orm: t.orm, schema: t.schema, config: t.config, logger: pino({ level: 'silent' }) });
  let pending = true;
  const execute = deps.execute;
  deps.execute = async (document, variables, context) => {
    if (pending && operationOf(document) === operation) {
      pending = false;
      await interfere();
    }
    return execute(document, variables, context);
  };
  return express().use(requestIdMiddleware).use('/scim/v2', createScimRouter(deps, [userRoutes, groupRoutes]));
}

const remove = (app: express.Express, path: string, ifMatch: string) =>
  request(app).delete(`/scim/v2${path}`).set('Authorization', `Bearer ${scim.token}`).set('If-Match', ifMatch);

const UPDATE_USER = 'mutation($id: ID!) { updateUser(id: $id, input: { title: "Changed" }) { version } }';
const UPDATE_TEAM = 'mutation($id: ID!) { updateTeam(id: $id, input: { externalId: "changed" }) { version } }';

describe.each(['W/"1"', 'W/"9", W/"1"'])('DELETE with If-Match %s when a write landed after the tag was read', (ifMatch) => {
  it('answers 412 for a user and keeps it with the change', async () => {
    const user = await scim.createUser(`deleted-late-${ifMatch.length}@example.com`);
    const app = racingApp('ScimDeleteUser', async () => void (await scim.admin(UPDATE_USER, { id: user.id })));
    const { body } = await remove(app, `/Users/${user.id}`, ifMatch).expect(412);
    expect(body).toMatchObject({ status: '412' });
    const after = (await scim.call('get', `/Users/${user.id}`).expect(200)).body;
    expect(after).toMatchObject({ title: 'Changed', active: true, meta: { version: 'W/"2"' } });
  });

  it('answers 412 for a group and keeps it with the change', async () => {
    const group = await createGroup(scim, `Deleted late ${ifMatch.length}`);
    const app = racingApp('ScimDeleteTeam', async () => void (await scim.admin(UPDATE_TEAM, { id: group.id })));
    const { body } = await remove(app, `/Groups/${group.id}`, ifMatch).expect(412);
    expect(body).toMatchObject({ status: '412' });
    const after = (await scim.call('get', `/Groups/${group.id}`).expect(200)).body;
    expect(after).toMatchObject({ externalId: 'changed', meta: { version: 'W/"2"' } });
  });
});

it('deletes at the version the If-Match names when nothing landed in between', async () => {
  const user = await scim.createUser('deleted-in-time@example.com');
  const app = racingApp('ScimDeleteUser', async () => undefined);
  await remove(app, `/Users/${user.id}`, 'W/"1"').expect(204);
  await scim.call('get', `/Users/${user.id}`).expect(404);
});
