import { Field, ID, InputType, Int } from 'type-graphql';
import { OrgRole } from './enums';

/**
 * Filter inputs shared by every list query. Their fields match the domain's conditions
 * (src/domain/query/conditions.ts), so an input is handed to the domain as it is.
 * All operators given in one input must hold together.
 */
@InputType('StringFilterInput')
export class StringFilterInput {
  @Field(() => String, { nullable: true }) eq?: string | null;
  @Field(() => String, { nullable: true }) ne?: string | null;
  @Field(() => String, { nullable: true, description: 'Contains.' }) co?: string | null;
  @Field(() => String, { nullable: true, description: 'Starts with.' }) sw?: string | null;
  @Field(() => String, { nullable: true, description: 'Ends with.' }) ew?: string | null;
  @Field(() => String, { nullable: true }) gt?: string | null;
  @Field(() => String, { nullable: true }) ge?: string | null;
  @Field(() => String, { nullable: true }) lt?: string | null;
  @Field(() => String, { nullable: true }) le?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: has a non-empty value; false: has none.' })
  present?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Compare case-sensitively; the default is the attribute's own." })
  caseExact?: boolean | null;
}

@InputType('BooleanFilterInput')
export class BooleanFilterInput {
  @Field(() => Boolean, { nullable: true }) eq?: boolean | null;
  @Field(() => Boolean, { nullable: true }) ne?: boolean | null;
  @Field(() => Boolean, { nullable: true }) present?: boolean | null;
}

@InputType('DateTimeFilterInput')
export class DateTimeFilterInput {
  @Field(() => Date, { nullable: true }) eq?: Date | null;
  @Field(() => Date, { nullable: true }) ne?: Date | null;
  @Field(() => Date, { nullable: true }) gt?: Date | null;
  @Field(() => Date, { nullable: true }) ge?: Date | null;
  @Field(() => Date, { nullable: true }) lt?: Date | null;
  @Field(() => Date, { nullable: true }) le?: Date | null;
  @Field(() => Boolean, { nullable: true }) present?: boolean | null;
}

@InputType('IntFilterInput')
export class IntFilterInput {
  @Field(() => Int, { nullable: true }) eq?: number | null;
  @Field(() => Int, { nullable: true }) ne?: number | null;
  @Field(() => Int, { nullable: true }) gt?: number | null;
  @Field(() => Int, { nullable: true }) ge?: number | null;
  @Field(() => Int, { nullable: true }) lt?: number | null;
  @Field(() => Int, { nullable: true }) le?: number | null;
}

@InputType('IdFilterInput')
export class IdFilterInput {
  @Field(() => ID, { nullable: true }) eq?: string | null;
  @Field(() => ID, { nullable: true }) ne?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Any of these ids.' }) in?: string[] | null;
}

@InputType('OrgRoleFilterInput')
export class OrgRoleFilterInput {
  @Field(() => OrgRole, { nullable: true }) eq?: OrgRole | null;
  @Field(() => OrgRole, { nullable: true }) ne?: OrgRole | null;
  @Field(() => [OrgRole], { nullable: true }) in?: OrgRole[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: a role is set; false: none is.' }) present?: boolean | null;
}
