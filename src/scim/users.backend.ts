import type { Run } from './backend';
import {
  ScimCreateUserDocument,
  ScimDeleteUserDocument,
  ScimReplaceUserDocument,
  ScimUpdateUserDocument,
  ScimUserDocument,
  ScimUsersDocument,
  ScimUserVersionDocument,
  type ScimUserFragment,
  type ScimUsersQuery,
  type ScimUsersQueryVariables,
  type UserInput,
  type UserListsInput,
  type UserPatchInput,
} from './operations/users.generated';

/** The Users documents, by name, to validate at start-up. */
export const USER_DOCUMENTS = {
  ScimUserDocument,
  ScimUserVersionDocument,
  ScimUsersDocument,
  ScimCreateUserDocument,
  ScimReplaceUserDocument,
  ScimUpdateUserDocument,
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
  /**
   * Writes the attributes in `input` to the user's row, locked for the write; each list also in
   * `listsAsRead` is merged into the current list. With `ifVersion`, only at that version (else 412).
   */
  update(id: string, input: UserPatchInput, listsAsRead: UserListsInput, ifVersion: number | null, withGroups: boolean): Promise<ScimUserFragment>;
  /** Deletes the resource; with `ifVersion`, only at that version (else 412). */
  remove(id: string, ifVersion?: number | null): Promise<void>;
}

/** The `/Users` backend over `run`: each call is one of the Users documents (users.graphql), typed by its generated types. */
export function usersBackend(run: Run): UsersBackend {
  return {
    get: async (id, withGroups) => (await run(ScimUserDocument, { id, withGroups })).user,
    version: async (id) => (await run(ScimUserVersionDocument, { id })).user.version,
    list: async (variables) => (await run(ScimUsersDocument, variables)).users,
    create: async (input, withGroups) => (await run(ScimCreateUserDocument, { input, withGroups })).createUser,
    replace: async (id, input, ifVersion, withGroups) => (await run(ScimReplaceUserDocument, { id, input, ifVersion, withGroups })).replaceUser,
    update: async (id, input, listsAsRead, ifVersion, withGroups) =>
      (await run(ScimUpdateUserDocument, { id, input, listsAsRead, ifVersion, withGroups })).updateUser,
    remove: async (id, ifVersion) => {
      await run(ScimDeleteUserDocument, { id, ifVersion });
    },
  };
}
