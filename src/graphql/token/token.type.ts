import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** GraphQL names of the domain's token scopes; the values are the domain's own. */
export enum TokenScopeValue {
  SCIM = 'scim',
  ADMIN = 'admin',
  READ = 'read',
  INTERNAL = 'internal',
}

registerEnumType(TokenScopeValue, {
  name: 'TokenScope',
  description: 'What a token may do. INTERNAL tokens are created with the CLI only.',
  valuesConfig: {
    SCIM: { description: 'One organization, the SCIM endpoint only (identity providers).' },
    ADMIN: { description: 'One organization, GraphQL read and write.' },
    READ: { description: 'One organization, GraphQL read-only.' },
    INTERNAL: { description: 'Every organization, GraphQL read-only (internal tools).' },
  },
});

@ObjectType('ApiToken', { simpleResolvers: true, description: 'An API token as listed: never its secret.' })
export class ApiTokenType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => TokenScopeValue)
  scope!: TokenScopeValue;

  @Field({ description: 'The first characters of the secret, to recognise it; not enough to use it.' })
  prefix!: string;

  @Field(() => ID, { nullable: true, description: 'The user the token was issued to; it works only while they qualify for its scope.' })
  userId!: string | null;

  @Field({ description: 'An ADMIN token issued to no user, made with the CLI for the first set-up.' })
  bootstrap!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiToken', { simpleResolvers: true, description: 'A new token with its secret, shown this once.' })
export class CreatedApiTokenType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The bearer secret. Only its hash is stored: it cannot be shown again.' })
  token!: string;

  @Field()
  name!: string;

  @Field(() => TokenScopeValue)
  scope!: TokenScopeValue;

  @Field()
  createdAt!: Date;
}
