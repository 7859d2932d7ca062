import type { MultiValueInput, ScimUserFragment, UserInput } from '../../../src/scim/operations/users.generated';

const multi = (list: MultiValueInput[] | null | undefined) =>
  (list ?? []).map((v) => ({ value: v.value ?? null, type: v.type ?? null, primary: v.primary ?? null, display: v.display ?? null }));

/**
 * What the schema would hand back for an input, as the `ScimUser` fragment selects it (the façade's
 * round trip without a database): every field of the fragment, unset ones null or empty.
 */
export function storedUser(input: UserInput, server: Pick<ScimUserFragment, 'id' | 'createdAt' | 'updatedAt' | 'version'>, extra: Partial<ScimUserFragment> = {}): ScimUserFragment {
  const name = input.name;
  const enterprise = input.enterprise;
  return {
    ...server,
    userName: input.userName,
    externalId: input.externalId ?? null,
    displayName: input.displayName ?? null,
    nickName: input.nickName ?? null,
    profileUrl: input.profileUrl ?? null,
    title: input.title ?? null,
    userType: input.userType ?? null,
    preferredLanguage: input.preferredLanguage ?? null,
    locale: input.locale ?? null,
    timezone: input.timezone ?? null,
    active: input.active ?? true,
    idpRole: input.idpRole ?? null,
    name: name
      ? {
          formatted: name.formatted ?? null,
          familyName: name.familyName ?? null,
          givenName: name.givenName ?? null,
          middleName: name.middleName ?? null,
          honorificPrefix: name.honorificPrefix ?? null,
          honorificSuffix: name.honorificSuffix ?? null,
        }
      : null,
    emails: multi(input.emails),
    phoneNumbers: multi(input.phoneNumbers),
    ims: multi(input.ims),
    photos: multi(input.photos),
    entitlements: multi(input.entitlements),
    roles: multi(input.roles),
    x509Certificates: multi(input.x509Certificates),
    addresses: (input.addresses ?? []).map((a) => ({
      formatted: a.formatted ?? null,
      streetAddress: a.streetAddress ?? null,
      locality: a.locality ?? null,
      region: a.region ?? null,
      postalCode: a.postalCode ?? null,
      country: a.country ?? null,
      type: a.type ?? null,
      primary: a.primary ?? null,
    })),
    enterprise: enterprise
      ? {
          employeeNumber: enterprise.employeeNumber ?? null,
          costCenter: enterprise.costCenter ?? null,
          organization: enterprise.organization ?? null,
          division: enterprise.division ?? null,
          department: enterprise.department ?? null,
          manager: enterprise.manager ? { value: enterprise.manager.value ?? null, displayName: enterprise.manager.displayName ?? null } : null,
        }
      : null,
    ...extra,
  };
}
