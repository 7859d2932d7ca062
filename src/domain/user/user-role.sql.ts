import type { DomainContext } from '../context';
import { tableReader } from '../query/rows';
import { Organization } from '../organization/organization.entity';
import { Team } from '../team/team.entity';
import { membersByUser } from '../team/team.store';

/**
 * A user's effective role and its source as SQL expressions over the users row at an alias: the rule
 * of `effectiveRole` (domain/roles.ts), so that lists filter on what the `role` and `roleSource`
 * fields show. The organization's override comes as a constant when the caller has read it, else from
 * the organization's row.
 */
export interface RoleSql {
  role(alias: string): string;
  source(alias: string): string;
}

const RANK = (column: string): string => `(case ${column} when 'ADMIN' then 2 when 'MEMBER' then 1 end)`;

export function roleSql(ctx: DomainContext, manualOverride?: boolean): RoleSql {
  const organizations = tableReader(ctx.em, Organization).table;
  const teams = tableReader(ctx.em, Team).table;
  const override = (a: string): string =>
    manualOverride === undefined ? `(select o.role_manual_override from ${organizations} o where o.id = ${a}.organization_id)` : manualOverride ? '1 = 1' : '1 = 0';
  const manual = (a: string): string => `(${a}.manual_role is not null and (${override(a)} or not ${a}.provisioned_by_idp))`;
  // Aliases of their own (gm, gt), so the user's alias is never shadowed.
  const grant = (a: string): string =>
    `(select max(${RANK('gt.grants_role')}) from ${membersByUser(ctx, 'gm')} join ${teams} gt on gt.organization_id = gm.organization_id and gt.id = gm.team_id where gm.organization_id = ${a}.organization_id and gm.user_id = ${a}.id)`;
  const idp = (a: string): string => RANK(`${a}.idp_role`);
  return {
    role: (a) => `(case when ${manual(a)} then ${a}.manual_role when ${idp(a)} = 2 or ${grant(a)} = 2 then 'ADMIN' else 'MEMBER' end)`,
    source: (a) =>
      `(case when ${manual(a)} then 'MANUAL' when ${idp(a)} >= coalesce(${grant(a)}, 0) then 'IDP_ATTRIBUTE' when ${grant(a)} is not null then 'TEAM_GRANT' else 'DEFAULT' end)`,
  };
}
