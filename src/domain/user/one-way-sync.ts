import { DomainError } from '../../common/errors';
import type { DomainContext } from '../context';
import { findOrganizationRow } from '../organization/organization.store';
import { inputFieldName } from './user.input';
import type { User } from './user.entity';

/** Whether the actor speaks for the IdP (and may so set `idpRole`): a `scim` token, the CLI or the system. */
export const speaksForIdp = (ctx: DomainContext): boolean => ctx.actor.kind !== 'token' || ctx.actor.scope === 'scim';

/**
 * DESIGN.md "One-way sync": the attributes of a user an IdP provisioned are the IdP's. A change of
 * `fields` by anyone else (a GraphQL token) is FORBIDDEN, naming them, unless the organization
 * allows local edits; true for such an allowed local edit (audited as one).
 */
export async function checkLocalEdit(ctx: DomainContext, user: User, changed: string[]): Promise<boolean> {
  if (changed.length === 0 || !user.provisionedByIdp || speaksForIdp(ctx)) return false;
  const fields = [...new Set(changed.map(inputFieldName))];
  if ((await findOrganizationRow(ctx, user.organizationId)).allowLocalEdits) return true;
  throw new DomainError(
    'FORBIDDEN',
    `${fields.join(', ')}: this user is provisioned by the identity provider, the source of truth for their attributes; change them there, or turn on the organization setting allowLocalEdits`,
    { fields },
  );
}
