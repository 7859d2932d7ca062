import { createTestApp, type TestApp } from '../support/app';
import { GROUP, createGroup } from './groups-client';
import { createScimClient, patchBody, type ScimClient } from './users-client';

/** RFC 9110 §13.1.1 on every guarded write: an If-Match list holds when any of its tags names the current version. */

let t: TestApp;
let scim: ScimClient;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  scim = await createScimClient(t, 'if-match');
});
afterAll(async () => t.close());

type Write = 'put' | 'patch' | 'delete';

/** A fresh resource at version 1 and the request of `method` on it. */
async function target(resource: 'Users' | 'Groups', method: Write) {
  n += 1;
  const name = `if-match-${n}`;
  const { id } = resource === 'Users' ? await scim.createUser(`${name}@example.com`) : await createGroup(scim, name);
  const body = {
    put: resource === 'Users' ? { userName: `${name}@example.com`, title: 'Put' } : { schemas: [GROUP], displayName: `${name} put` },
    patch: patchBody(resource === 'Users' ? { op: 'replace', path: 'title', value: 'Patched' } : { op: 'replace', path: 'displayName', value: `${name} patched` }),
    delete: undefined,
  }[method];
  return { id, send: (ifMatch: string) => scim.call(method, `/${resource}/${id}`, body).set('If-Match', ifMatch) };
}

const WRITES: ['Users' | 'Groups', Write][] = (['Users', 'Groups'] as const).flatMap((resource) => (['put', 'patch', 'delete'] as const).map((m): ['Users' | 'Groups', Write] => [resource, m]));

describe.each(WRITES)('%s %s', (resource, method) => {
  it.each(['W/"7", W/"1"', '"1", W/"9"', 'W/"1",W/"2"', 'foreign, W/"1"', '*'])('holds for If-Match: %s', async (ifMatch) => {
    const { send } = await target(resource, method);
    expect((await send(ifMatch)).status).toBeLessThan(300);
  });

  it.each(['W/"7", W/"2"', 'W/"2", foreign', 'foreign, "also foreign"'])('answers 412 and changes nothing for If-Match: %s', async (ifMatch) => {
    const { id, send } = await target(resource, method);
    expect((await send(ifMatch)).body).toMatchObject({ status: '412' });
    expect((await scim.call('get', `/${resource}/${id}`).expect(200)).body.meta.version).toBe('W/"1"');
  });
});

describe.each(['Users', 'Groups'] as const)('GET /%s/{id} with If-None-Match', (resource) => {
  it.each([
    ['W/"7", W/"1"', 304],
    ['"1"', 304],
    ['*', 304],
    ['W/"7", W/"8"', 200],
  ])('%s answers %i', async (ifNoneMatch, status) => {
    const { id } = await target(resource, 'patch');
    await scim.call('get', `/${resource}/${id}`).set('If-None-Match', ifNoneMatch).expect(status);
  });
});
