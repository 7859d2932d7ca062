import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { listAuditEvents } from '../../domain/audit/audit.query';
import { DEFAULT_CONNECTION_SIZE, toConnection } from '../common/connection';
import type { GraphQLContext } from '../context';
import { toAuditEventType } from './audit.mapper';
import { AuditEventConnection, AuditEventType } from './audit.type';

@ArgsType()
class AuditEventsArgs {
  @Field(() => ID, { nullable: true, description: "Required for internal tokens; org tokens see only their own." })
  organizationId?: string | null;
  @Field(() => ID, { nullable: true }) targetId?: string | null;
  @Field(() => String, { nullable: true, description: '`user`, `team`, `document`, `organization` or `token`.' })
  targetType?: string | null;
  @Field(() => String, { nullable: true, description: 'An exact action, or a prefix ending in a dot (`team.`).' })
  action?: string | null;
  @Field(() => String, { nullable: true }) requestId?: string | null;
  @Field(() => String, { nullable: true, description: 'The actor that made the changes: a token id, as in AuditEvent.actorId.' })
  actorId?: string | null;
  @Field(() => Date, { nullable: true }) since?: Date | null;
  @Field(() => Date, { nullable: true }) until?: Date | null;
  @Field(() => Int, { defaultValue: DEFAULT_CONNECTION_SIZE }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@Resolver(() => AuditEventType)
export class AuditEventResolver {
  @Authorized('READ')
  @Query(() => AuditEventConnection, { description: 'Recorded changes of one organization, newest first.' })
  async auditEvents(@Ctx() ctx: GraphQLContext, @Args(() => AuditEventsArgs) args: AuditEventsArgs): Promise<AuditEventConnection> {
    const page = await listAuditEvents(ctx, args);
    return toConnection(AuditEventConnection, page, toAuditEventType);
  }
}
