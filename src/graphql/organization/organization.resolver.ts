import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireOrganization } from '../../domain/context';
import { releaseDeprovisionHold } from '../../domain/deprovision/deprovision-hold.service';
import {
  findOrganizationOrOwn,
  listOrganizations,
  setScimEnabled,
  updateOrganizationSettings,
} from '../../domain/organization/organization.service';
import type { GraphQLContext } from '../context';
import { OrganizationSettingsInput } from './organization.input';
import { toOrganizationType } from './organization.mapper';
import { OrganizationType } from './organization.type';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Authorized('READ')
  @Query(() => OrganizationType, { description: "An organization by id or slug; the token's own when omitted." })
  async organization(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
  ): Promise<OrganizationType> {
    return toOrganizationType(await findOrganizationOrOwn(ctx, id));
  }

  @Authorized('READ')
  @Query(() => [OrganizationType], { description: 'Every organization the token can see.' })
  async organizations(@Ctx() ctx: GraphQLContext): Promise<OrganizationType[]> {
    return (await listOrganizations(ctx)).map(toOrganizationType);
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => OrganizationType)
  async updateOrganizationSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => OrganizationSettingsInput) input: OrganizationSettingsInput,
  ): Promise<OrganizationType> {
    return toOrganizationType(await updateOrganizationSettings(ctx, requireOrganization(ctx), input));
  }

  @Authorized('ORG_ADMIN')
  @Mutation(() => OrganizationType, {
    description:
      "Releases the organization's mass-deprovisioning hold: the held deactivations and deletions apply when the identity provider retries them, and the hold's window starts afresh. Without a hold, changes nothing.",
  })
  async releaseDeprovisionHold(@Ctx() ctx: GraphQLContext): Promise<OrganizationType> {
    return toOrganizationType(await releaseDeprovisionHold(ctx, requireOrganization(ctx)));
  }

  @Authorized('INTERNAL')
  @Mutation(() => OrganizationType, { description: "Turns an organization's SCIM entitlement on or off (internal tokens only); audited." })
  async setOrganizationScimEnabled(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The organization, by id or slug.' }) id: string,
    @Arg('enabled') enabled: boolean,
  ): Promise<OrganizationType> {
    return toOrganizationType(await setScimEnabled(ctx, id, enabled));
  }
}
