"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.patchOf = exports.members = void 0;
exports.userIds = userIds;
exports.createGroup = createGroup;
exports.membership = membership;
const measure_1 = require("./measure");
const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
/** SCIM member references for user ids. */
const members = (ids) => ids.map((value) => ({ value }));
exports.members = members;
/** A SCIM PatchOp body (RFC 7644 §3.5.2) of `operations`. */
const patchOf = (...operations) => ({ schemas: [PATCH_OP], Operations: operations });
exports.patchOf = patchOf;
/** The organization's user ids in userName order (seeded users only), read directly: setup, not measured. */
async function userIds(app, org) {
    const rows = await app.orm.em
        .fork()
        .getConnection()
        .execute('select id from users where organization_id = ? and user_name_key like ? order by user_name_key', [org.id, 'user%']);
    return rows.map((row) => row.id);
}
/** Creates an empty group through `POST /Groups`; its id. */
async function createGroup(org, displayName) {
    return (0, measure_1.expectStatus)(await org.scim('POST', '/Groups', { schemas: [CORE_GROUP], displayName, members: [] }), 201, 'create group').body.id;
}
/** Membership at scale: one PATCH adding `add` members; removing one member of a `large`-member team, against a one-member team. */
async function membership(app, org, add, large) {
    const ids = await userIds(app, org);
    // Not counted: lets the token check write lastUsedAt (at most once a minute) before the counted PATCH.
    (0, measure_1.expectStatus)(await org.scim('GET', '/Users?count=0'), 200, 'first request');
    if (ids.length < Math.max(add, large))
        throw new Error(`membership needs ${Math.max(add, large)} users, the organization has ${ids.length}`);
    const target = await createGroup(org, 'Bench add');
    const adding = await (0, measure_1.measured)(app, () => org.scim('PATCH', `/Groups/${target}`, (0, exports.patchOf)({ op: 'add', path: 'members', value: (0, exports.members)(ids.slice(0, add)) })));
    (0, measure_1.expectStatus)(adding.value, 204, 'add members');
    const big = await createGroup(org, 'Bench large');
    for (let start = 0; start < large; start += add) {
        const chunk = ids.slice(start, Math.min(large, start + add));
        (0, measure_1.expectStatus)(await org.scim('PATCH', `/Groups/${big}`, (0, exports.patchOf)({ op: 'add', path: 'members', value: (0, exports.members)(chunk) })), 204, 'fill large team');
    }
    const small = await createGroup(org, 'Bench one member');
    (0, measure_1.expectStatus)(await org.scim('PATCH', `/Groups/${small}`, (0, exports.patchOf)({ op: 'add', path: 'members', value: (0, exports.members)([ids[0]]) })), 204, 'fill small team');
    const remove = (group, id) => (0, measure_1.measured)(app, () => org.scim('PATCH', `/Groups/${group}`, (0, exports.patchOf)({ op: 'remove', path: `members[value eq "${id}"]` })));
    const removals = [];
    for (const index of (0, measure_1.spread)(5, large))
        removals.push(await remove(big, ids[index]));
    for (const removal of removals)
        (0, measure_1.expectStatus)(removal.value, 204, 'remove member');
    const onSmall = await remove(small, ids[0]);
    return [
        { name: `PATCH adding ${add.toLocaleString('en')} members`, value: (0, measure_1.ms)(adding.ms), detail: `${adding.statements} SQL statements (auth and audit included)` },
        {
            name: `PATCH removing 1 member of a ${large.toLocaleString('en')}-member team`,
            value: `${(0, measure_1.ms)((0, measure_1.mean)(removals.map((r) => r.ms)))} mean of 5`,
            detail: `${removals[0].statements} SQL statements; ${onSmall.statements} on a one-member team (${(0, measure_1.ms)(onSmall.ms)})`,
        },
    ];
}
//# sourceMappingURL=scenarios.js.map