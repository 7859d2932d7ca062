import type request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { seedUsers } from './groups-client';
import { createScimClient, patchBody, type ScimClient } from './users-client';

/**
 * The mass-deprovisioning hold (DESIGN.md "limits"): an IdP that deactivates or deletes more than
 * the organization's thresholds allow within the window gets its further deprovisions held — a
 * SCIM 409 naming the hold, nothing applied — until an org admin releases it; then its retries apply.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Runs `work` over `items`, `width` at a time; the results in order. */
async function inParallel<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

const send = async (test: request.Test) => {
  const res = await test;
  return { status: res.status, body: res.body };
};
const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }), {});

const HOLD_QUERY = '{ organization { deprovisionHold { engagedAt heldCount thresholds { enabled percent count windowMinutes } } settings { deprovisionHold { enabled percent count windowMinutes } } } }';
const hold = async (scim: ScimClient) => (await scim.admin(HOLD_QUERY)).organization.deprovisionHold;
const release = (scim: ScimClient) => scim.admin('mutation { releaseDeprovisionHold { deprovisionHold { heldCount } } }');
const totalUsers = async (scim: ScimClient, filter = '') => (await scim.call('get', `/Users?count=0${filter}`).expect(200)).body.totalResults;
const actionsOf = async (scim: ScimClient, action: string) =>
  (await scim.admin(`{ auditEvents(first: 1, action: "${action}") { totalCount } }`)).auditEvents.totalCount;

async function setThresholds(scim: ScimClient, deprovisionHold: Record<string, unknown>) {
  return scim.admin('mutation($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { settings { deprovisionHold { enabled percent count windowMinutes } } } }', {
    input: { deprovisionHold },
  });
}

describe('300 deletes in a burst, default thresholds (10 % or 50 users in 10 minutes)', () => {
  let scim: ScimClient;
  let ids: string[];
  let first: { status: number; body: Record<string, any> }[];

  beforeAll(async () => {
    scim = await createScimClient(t, 'hold-delete');
    ids = await seedUsers(t, scim.organizationId, 300);
    first = await inParallel(ids, 12, (id) => send(scim.call('delete', `/Users/${id}`)));
  }, 120_000);

  it('applies 50 and holds the other 250 with a SCIM 409 that names the hold', async () => {
    expect(tally(first.map((r) => r.status))).toEqual({ 204: 50, 409: 250 });
    const held = first.find((r) => r.status === 409)!.body;
    expect(held).toEqual({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '409', detail: expect.stringContaining('Deprovisioning is on hold') });
    expect(held.detail).toMatch(/recorded and not applied\. An org admin must .* release the hold \(GraphQL mutation releaseDeprovisionHold\); then retry\.$/);
  });

  it('applies nothing past the threshold', async () => {
    expect(await totalUsers(scim)).toBe(250);
    expect(await totalUsers(scim, '&filter=active%20eq%20true')).toBe(250);
  });

  it('shows the hold on the organization and records it in the audit log', async () => {
    expect(await hold(scim)).toEqual({ engagedAt: expect.any(String), heldCount: 250, thresholds: { enabled: true, percent: 10, count: 50, windowMinutes: 10 } });
    expect(await actionsOf(scim, 'organization.deprovision_hold_engaged')).toBe(1);
    expect(await actionsOf(scim, 'user.deprovision_held')).toBe(250);
    expect(await actionsOf(scim, 'user.deleted')).toBe(50);
  });

  it('keeps holding retries, counting each held user once', async () => {
    const heldIds = ids.filter((_, i) => first[i].status === 409);
    const retries = await inParallel(heldIds.slice(0, 40), 8, (id) => send(scim.call('delete', `/Users/${id}`)));
    expect(tally(retries.map((r) => r.status))).toEqual({ 409: 40 });
    expect((await hold(scim)).heldCount).toBe(250);
    expect(await actionsOf(scim, 'user.deprovision_held')).toBe(250);
  });

  it('lets the retries through once an org admin releases the hold', async () => {
    const released = await release(scim);
    expect(released.releaseDeprovisionHold.deprovisionHold).toBeNull();
    expect(await actionsOf(scim, 'organization.deprovision_hold_released')).toBe(1);
    const heldIds = ids.filter((_, i) => first[i].status === 409);
    const retries = await inParallel(heldIds, 12, (id) => send(scim.call('delete', `/Users/${id}`)));
    expect(tally(retries.map((r) => r.status))).toEqual({ 204: 250 });
    expect(await totalUsers(scim)).toBe(0);
    expect(await hold(scim)).toBeNull();
  });
});

describe('deactivations through PATCH active:false', () => {
  let scim: ScimClient;
  let ids: string[];
  let first: { status: number; body: Record<string, any> }[];
  const deactivate = (id: string) => send(scim.call('patch', `/Users/${id}`, patchBody({ op: 'replace', value: { active: false } })));

  beforeAll(async () => {
    scim = await createScimClient(t, 'hold-patch');
    ids = await seedUsers(t, scim.organizationId, 60);
    await setThresholds(scim, { count: 5, percent: 10 });
    first = await inParallel(ids.slice(0, 20), 10, deactivate);
  }, 60_000);

  it('hold at the larger threshold: 10 % of 60 active users is 6, more than a count of 5', async () => {
    expect(tally(first.map((r) => r.status))).toEqual({ 200: 6, 409: 14 });
    expect(await totalUsers(scim, '&filter=active%20eq%20false')).toBe(6);
    expect((await hold(scim)).heldCount).toBe(14);
  });

  it('leave a held user active and untouched', async () => {
    const heldId = ids[first.findIndex((r) => r.status === 409)];
    const user = (await scim.call('get', `/Users/${heldId}`).expect(200)).body;
    expect(user.active).toBe(true);
    expect(user.meta.version).toBe('W/"1"');
  });

  it('hold a new deprovision too while engaged, and not an org admin deactivating through GraphQL', async () => {
    expect((await deactivate(ids[30])).status).toBe(409);
    const data = await scim.admin('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: ids[31] });
    expect(data.deactivateUser.active).toBe(false);
    expect((await hold(scim)).heldCount).toBe(15);
  });

  it('apply the retries after release', async () => {
    await release(scim);
    const heldIds = [...ids.slice(0, 20).filter((_, i) => first[i].status === 409), ids[30]];
    const retries = await inParallel(heldIds, 10, deactivate);
    expect(tally(retries.map((r) => r.status))).toEqual({ 200: 15 });
    expect(retries.every((r) => r.body.active === false)).toBe(true);
    expect(await totalUsers(scim, '&filter=active%20eq%20false')).toBe(22);
  });

  it('count afresh after a release', async () => {
    const next = await inParallel(ids.slice(40, 50), 5, deactivate);
    expect(tally(next.map((r) => r.status))).toEqual({ 200: 5, 409: 5 });
  });

  it('hold a PUT of the whole user with active:false (Okta AIW apps) as well', async () => {
    const user = (await scim.call('get', `/Users/${ids[55]}`).expect(200)).body;
    const res = await scim.call('put', `/Users/${ids[55]}`, { ...user, active: false, displayName: 'Renamed too' }).expect(409);
    expect(res.body.detail).toContain('Deprovisioning is on hold');
    const after = (await scim.call('get', `/Users/${ids[55]}`).expect(200)).body;
    expect(after).toEqual(user);
  });
});

describe('the thresholds, organization settings', () => {
  let scim: ScimClient;
  beforeAll(async () => {
    scim = await createScimClient(t, 'hold-settings');
  });

  it('are changed by an org admin and audited', async () => {
    const data = await setThresholds(scim, { percent: 25, count: 3, windowMinutes: 60 });
    expect(data.updateOrganizationSettings.settings.deprovisionHold).toEqual({ enabled: true, percent: 25, count: 3, windowMinutes: 60 });
    expect(await actionsOf(scim, 'organization.settings_updated')).toBe(1);
  });

  it.each([
    [{ percent: 0 }, 'deprovisionHold.percent'],
    [{ percent: 101 }, 'deprovisionHold.percent'],
    [{ count: 0 }, 'deprovisionHold.count'],
    [{ windowMinutes: 1441 }, 'deprovisionHold.windowMinutes'],
  ])('refuse %j with BAD_USER_INPUT naming %s', async (input, field) => {
    await expect(setThresholds(scim, input)).rejects.toThrow(new RegExp(`"code":"BAD_USER_INPUT","field":"${field.replace('.', '\\.')}"`));
  });

  it('turned off, let an IdP deprovision without a hold', async () => {
    const ids = await seedUsers(t, scim.organizationId, 12);
    await setThresholds(scim, { enabled: false, count: 1, percent: 1 });
    const results = await inParallel(ids, 6, (id) => send(scim.call('delete', `/Users/${id}`)));
    expect(tally(results.map((r) => r.status))).toEqual({ 204: 12 });
    expect(await hold(scim)).toBeNull();
  });
});
