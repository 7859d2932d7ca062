"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seedIdpRole = exports.seedUserName = void 0;
exports.seedUserNumber = seedUserNumber;
exports.seedTeamNumber = seedTeamNumber;
exports.seedTeamSlots = seedTeamSlots;
exports.seedUserRows = seedUserRows;
exports.seedTeamRow = seedTeamRow;
exports.seedMemberRow = seedMemberRow;
const ids_1 = require("../../common/ids");
const GIVEN = ['Ada', 'Alan', 'Barbara', 'Claude', 'Donald', 'Edsger', 'Frances', 'Grace', 'Hedy', 'Ivan', 'John', 'Katherine', 'Leslie', 'Margaret', 'Niklaus', 'Radia', 'Shafi', 'Tim', 'Vint', 'Whitfield'];
const FAMILY = ['Lovelace', 'Turing', 'Liskov', 'Shannon', 'Knuth', 'Dijkstra', 'Allen', 'Hopper', 'Lamarr', 'Sutherland', 'McCarthy', 'Johnson', 'Lamport', 'Hamilton', 'Wirth', 'Perlman', 'Goldwasser', 'Berners-Lee', 'Cerf', 'Diffie'];
/** One seeded user in fifty gets the IdP role attribute `admin`. */
const ADMIN_EVERY = 50;
/** `user000042@acme.example`: zero-padded so names sort in creation order. */
const seedUserName = (n, slug) => `user${String(n).padStart(6, '0')}@${slug}.example`;
exports.seedUserName = seedUserName;
/** `Team 0007`. */
const seedTeamName = (n) => `Team ${String(n).padStart(4, '0')}`;
/** Parses the number out of a seeded user name key, or null when it is not one. */
function seedUserNumber(key, slug) {
    const match = /^user(\d{6,})@(.+)$/.exec(key);
    return match && match[2] === `${slug}.example` ? Number(match[1]) : null;
}
/** Parses the number out of a seeded team name key (`team 0007`), or null when it is not one. */
function seedTeamNumber(key) {
    const match = /^team (\d{4,})$/.exec(key);
    return match ? Number(match[1]) : null;
}
const seedIdpRole = (n) => (n % ADMIN_EVERY === 1 ? 'ADMIN' : null);
exports.seedIdpRole = seedIdpRole;
/**
 * The teams (indexes into this run's teams) user number `n` joins: one to three distinct teams,
 * spread evenly so every team gets members.
 */
function seedTeamSlots(n, teamCount) {
    if (teamCount === 0)
        return [];
    const wanted = Math.min(1 + (n % 3), teamCount);
    const stride = Math.max(1, Math.floor(teamCount / 3));
    const first = (n - 1) % teamCount;
    return Array.from({ length: wanted }, (_, i) => (first + i * stride) % teamCount);
}
/** A user as the domain writes one (key lower-cased, version 1), with one primary work email. */
function seedUserRows(organizationId, n, slug, now) {
    const userName = (0, exports.seedUserName)(n, slug);
    const given = GIVEN[n % GIVEN.length];
    const family = FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length];
    const user = {
        organizationId,
        id: (0, ids_1.newId)(),
        userName,
        userNameKey: userName.toLowerCase(),
        nameGivenName: given,
        nameFamilyName: family,
        displayName: `${given} ${family}`,
        active: true,
        idpRole: (0, exports.seedIdpRole)(n),
        manualRole: null,
        provisionedByIdp: true,
        createdAt: now,
        updatedAt: now,
        version: 1,
    };
    const email = {
        organizationId,
        id: (0, ids_1.newId)(),
        userId: user.id,
        kind: 'email',
        position: 0,
        value: userName,
        valueKey: userName.toLowerCase(),
        type: 'work',
        primary: true,
    };
    return { user, email };
}
function seedTeamRow(organizationId, n, now) {
    const displayName = seedTeamName(n);
    return {
        organizationId,
        id: (0, ids_1.newId)(),
        displayName,
        displayNameKey: displayName.toLowerCase(),
        grantsRole: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
    };
}
function seedMemberRow(organizationId, teamId, userId, now) {
    return { organizationId, teamId, userId, createdAt: now };
}
//# sourceMappingURL=seed.rows.js.map