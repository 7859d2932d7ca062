"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toUserType = toUserType;
exports.toWrittenUserType = toWrittenUserType;
const user_type_1 = require("./user.type");
const allNull = (values) => values.every((v) => v === null || v === undefined);
const multiValue = (v) => ({
    value: v.value ?? null,
    type: v.type ?? null,
    primary: v.primary ?? null,
    display: v.display ?? null,
});
const address = (a) => ({
    formatted: a.formatted ?? null,
    streetAddress: a.streetAddress ?? null,
    locality: a.locality ?? null,
    region: a.region ?? null,
    postalCode: a.postalCode ?? null,
    country: a.country ?? null,
    type: a.type ?? null,
    primary: a.primary ?? null,
});
function personName(user) {
    const name = {
        formatted: user.nameFormatted,
        familyName: user.nameFamilyName,
        givenName: user.nameGivenName,
        middleName: user.nameMiddleName,
        honorificPrefix: user.nameHonorificPrefix,
        honorificSuffix: user.nameHonorificSuffix,
    };
    return allNull(Object.values(name)) ? null : name;
}
function enterprise(user) {
    const manager = allNull([user.managerValue, user.managerDisplayName])
        ? null
        : { value: user.managerValue, displayName: user.managerDisplayName };
    const ext = {
        employeeNumber: user.employeeNumber,
        costCenter: user.costCenter,
        organization: user.enterpriseOrganization,
        division: user.division,
        department: user.department,
        manager,
    };
    return allNull(Object.values(ext)) ? null : ext;
}
/** Entity → GraphQL object. Contacts and the effective role resolve through loaders. */
function toUserType(user) {
    // Every property of the type, so a field added to UserType does not compile until it is mapped.
    const fields = {
        id: user.id,
        organizationId: user.organizationId,
        userName: user.userName,
        externalId: user.externalId,
        name: personName(user),
        displayName: user.displayName,
        nickName: user.nickName,
        profileUrl: user.profileUrl,
        title: user.title,
        userType: user.userType,
        preferredLanguage: user.preferredLanguage,
        locale: user.locale,
        timezone: user.timezone,
        active: user.active,
        ims: (user.ims ?? []).map(multiValue),
        photos: (user.photos ?? []).map(multiValue),
        addresses: (user.addresses ?? []).map(address),
        entitlements: (user.entitlements ?? []).map(multiValue),
        roles: (user.roles ?? []).map(multiValue),
        x509Certificates: (user.x509Certificates ?? []).map(multiValue),
        enterprise: enterprise(user),
        idpRole: user.idpRole,
        manualRole: user.manualRole,
        provisionedByIdp: user.provisionedByIdp,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
        deactivatedAt: user.deactivatedAt,
        version: user.version,
    };
    // An instance, not a literal: type-graphql copies a literal into one for every field resolver.
    return Object.assign(new user_type_1.UserType(), fields);
}
/** A user a write just wrote: rendered from what was written, its contacts included. */
function toWrittenUserType({ user, contacts, teams }) {
    return Object.assign(toUserType(user), { contacts, knownTeams: teams });
}
//# sourceMappingURL=user.mapper.js.map