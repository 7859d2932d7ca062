import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './context';

/**
 * Rights named in `@Authorized(...)`:
 * - `READ`: read the actor's organization (every token scope; `internal` reads every organization);
 * - `WRITE`: change users, teams and documents (`admin`, and the SCIM façade's `scim` actor);
 * - `ORG_ADMIN`: organization settings, tokens, manual roles, team role grants (`admin` only);
 * - `INTERNAL`: what only the service's operators decide, e.g. an organization's SCIM entitlement (`internal` only).
 * CLI and system actors hold every right inside their organization.
 */
export type Right = 'READ' | 'WRITE' | 'ORG_ADMIN' | 'INTERNAL';

const RIGHTS: Record<string, readonly Right[]> = {
  read: ['READ'],
  internal: ['READ', 'INTERNAL'],
  scim: ['READ', 'WRITE'],
  admin: ['READ', 'WRITE', 'ORG_ADMIN'],
};

function rightsOf(context: GraphQLContext): readonly Right[] {
  const { actor } = context;
  if (actor.kind !== 'token') return ['READ', 'WRITE', 'ORG_ADMIN', 'INTERNAL'];
  return RIGHTS[actor.scope ?? ''] ?? [];
}

export const authChecker: AuthChecker<GraphQLContext, Right> = ({ context }, required) => {
  const rights = rightsOf(context);
  return required.every((right) => rights.includes(right));
};
