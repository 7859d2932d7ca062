import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { OrgRole } from '../common/enums';
import { UserType } from '../user/user.type';

/** A team (a SCIM Group). `memberCount` and `members` resolve through per-request loaders. */
@ObjectType('Team', { simpleResolvers: true })
export class TeamType {
  @Field(() => ID) id!: string;
  /** Not a field: the team's organization, for relation loaders. */
  organizationId!: string;

  @Field({ description: 'Unique per organization, compared case-insensitively.' }) displayName!: string;
  @Field(() => String, { nullable: true, description: "The IdP's id for the group (case-exact)." }) externalId!: string | null;

  @Field(() => OrgRole, { nullable: true, description: 'The org role every member holds through this team; set by org admins only.' })
  grantsRole!: OrgRole | null;

  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Int, { description: 'Bumped on every change, membership included (the SCIM ETag).' }) version!: number;
}

@ObjectType('TeamConnection', { simpleResolvers: true })
export class TeamConnection extends Connection(TeamType) {}

@ObjectType('TeamMemberConnection', { simpleResolvers: true, description: 'Members of a team, in user id order.' })
export class TeamMemberConnection extends Connection(UserType) {}
