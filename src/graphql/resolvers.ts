import type { NonEmptyArray } from 'type-graphql';
import { OrganizationResolver } from './organization/organization.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS: NonEmptyArray<Function> = [OrganizationResolver];
