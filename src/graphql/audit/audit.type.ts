import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType('AuditChange', { simpleResolvers: true, description: 'One changed field: its value before and after.' })
export class AuditChangeType {
  @Field() field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('AuditEvent', { simpleResolvers: true, description: 'One recorded change, from either door.' })
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field({ description: '`token`, `cli` or `system`.' }) actorType!: string;
  @Field(() => String, { nullable: true, description: 'The token id for token actors.' }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => ID, { nullable: true, description: 'The person behind the actor: the user its token was issued to.' }) actorUserId!: string | null;
  @Field({ description: 'Dotted verb, e.g. `user.deactivated`.' }) action!: string;
  @Field() targetType!: string;
  @Field(() => ID, { nullable: true }) targetId!: string | null;
  @Field(() => [AuditChangeType]) changes!: AuditChangeType[];
  @Field(() => String, { nullable: true, description: 'The X-Request-Id of the request that made the change.' })
  requestId!: string | null;
}

@ObjectType('AuditEventConnection', { simpleResolvers: true })
export class AuditEventConnection extends Connection(AuditEventType) {}
