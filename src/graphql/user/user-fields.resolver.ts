import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { effectiveRole, type EffectiveRole } from '../../domain/roles';
import type { ContactKind, UserContact } from '../../domain/user/user-contact.entity';
import { OrgRole, RoleSource } from '../common/enums';
import type { GraphQLContext } from '../context';
import { MultiValueType, UserType } from './user.type';

const ofKind = (rows: readonly UserContact[], kind: ContactKind): MultiValueType[] =>
  rows.filter((row) => row.kind === kind).map((row) => ({ value: row.value, type: row.type, primary: row.primary, display: row.display }));

/** A user's contacts of one kind: at once when the user was read with them (no promise to wait for), else through the loader. */
function contacts(ctx: GraphQLContext, user: UserType, kind: ContactKind): MultiValueType[] | Promise<MultiValueType[]> {
  if (user.contacts) return ofKind(user.contacts, kind);
  return ctx.loaders.contactsByUser.load(user).then((rows) => ofKind(rows, kind));
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
  emails(@Root() user: UserType, @Ctx() ctx: GraphQLContext): MultiValueType[] | Promise<MultiValueType[]> {
    return contacts(ctx, user, 'email');
  }

  @FieldResolver(() => [MultiValueType], { description: 'In the order written.' })
  phoneNumbers(@Root() user: UserType, @Ctx() ctx: GraphQLContext): MultiValueType[] | Promise<MultiValueType[]> {
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
