import type { Run } from './backend';
import {
  ScimCreateUserDocument,
  ScimDeleteUserDocument,
  ScimReplaceUserDocument,
  ScimUserDocument,
  ScimUsersDocument,
  ScimUserVersionDocument,
  type ScimUserFragment,
  type ScimUsersQuery,
  type ScimUsersQueryVariables,
  type UserInput,
} from './operations/users.generated';

/** The Users documents, by name, to validate at start-up. */
export const USER_DOCUMENTS = {
  ScimUserDocument,
  ScimUserVersionDocument,
  ScimUsersDocument,
  ScimCreateUserDocument,
  ScimReplaceUserDocument,
  ScimDeleteUserDocument,
};

/** One page of users as `users` answers it. */
export type UserPage = ScimUsersQuery['users'];

/** What the `/Users` handlers ask of the application; `withGroups` reads the users' teams. */
export interface UsersBackend {
  get(id: string, withGroups: boolean): Promise<ScimUserFragment>;
  version(id: string): Promise<number>;
  list(variables: ScimUsersQueryVariables): Promise<UserPage>;
  create(input: UserInput, withGroups: boolean): Promise<ScimUserFragment>;
  /** Writes the whole user; with `ifVersion`, only when it is at that version (else 412). */
  replace(id: string, input: UserInput, ifVersion: number | null, withGroups: boolean): Promise<ScimUserFragment>;
  remove(id: string): Promise<void>;
}

export function usersBackend(run: Run): UsersBackend {
  return {
    get: async (id, withGroups) => (await run(ScimUserDocument, { id, withGroups })).user,
    version: async (id) => (await run(ScimUserVersionDocument, { id })).user.version,
    list: async (variables) => (await run(ScimUsersDocument, variables)).users,
    create: async (input, withGroups) => (await run(ScimCreateUserDocument, { input, withGroups })).createUser,
    replace: async (id, input, ifVersion, withGroups) => (await run(ScimReplaceUserDocument, { id, input, ifVersion, withGroups })).replaceUser,
    remove: async (id) => {
      await run(ScimDeleteUserDocument, { id });
    },
  };
}
