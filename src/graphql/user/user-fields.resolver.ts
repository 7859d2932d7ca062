import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { effectiveRole, type EffectiveRole } from '../../domain/roles';
import type { ContactKind } from '../../domain/user/user-contact.entity';
import { OrgRole, RoleSource } from '../common/enums';
import type { GraphQLContext } from '../context';
import { MultiValueType, UserType } from './user.type';

async function contacts(ctx: GraphQLContext, user: UserType, kind: ContactKind): Promise<MultiValueType[]> {
  const rows = user.contacts ?? (await ctx.loaders.contactsByUser.load(user));
  return rows
    .filter((row) => row.kind === kind)
    .map((row) => ({ value: row.value, type: row.type, primary: row.primary, display: row.display }));
}

async function roleOf(ctx: GraphQLContext, user: UserType): Promise<EffectiveRole> {
  const [org, teamGrant] = await Promise.all([
    ctx.loaders.organizationById.load(user.organizationId),
    ctx.loaders.teamGrantByUser.load(user),
  ]);
  return effectiveRole({
    manualOverride: org?.roleManualOverride ?? false,
    provisionedByIdp: user.provisionedByIdp,
    manualRole: user.manualRole,
    idpRole: user.idpRole,
    teamGrant,
  });
}

/** The User fields kept outside the users row, each through a per-request loader. */
@Resolver(() => UserType)
export class UserFieldsResolver {
  @FieldResolver(() => [MultiValueType], { description: 'In the order written; exactly one is primary when there are any.' })
  emails(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<MultiValueType[]> {
    return contacts(ctx, user, 'email');
  }

  @FieldResolver(() => [MultiValueType], { description: 'In the order written.' })
  phoneNumbers(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<MultiValueType[]> {
    return contacts(ctx, user, 'phone');
  }

  @FieldResolver(() => OrgRole, {
    description:
      "Effective role: the manual role while the organization's roleManualOverride is on or for a user no IdP provisioned, else the higher of the IdP attribute and team grants, else MEMBER.",
  })
  async role(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<OrgRole> {
    return (await roleOf(ctx, user)).role;
  }

  @FieldResolver(() => RoleSource, { description: 'Where the effective role came from.' })
  async roleSource(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<RoleSource> {
    return (await roleOf(ctx, user)).source;
  }
}
