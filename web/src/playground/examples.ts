/** Operations from the README, offered as tabs and in the Examples pane. */
export interface Example {
  title: string;
  query: string;
  variables?: string;
}

export const EXAMPLES: readonly Example[] = [
  { title: 'Organization', query: 'query Organization {\n  organization {\n    id\n    name\n    slug\n    settings {\n      roleManualOverride\n    }\n  }\n}\n' },
  {
    title: 'Users, a page at a time',
    query:
      'query Users($filter: UserFilterInput, $after: String) {\n  users(filter: $filter, first: 50, after: $after) {\n    totalCount\n    nodes {\n      id\n      userName\n      active\n      role\n      roleSource\n      emails { value primary }\n      teams { displayName }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}\n',
    variables: '{\n  "filter": { "active": { "eq": true } }\n}\n',
  },
  {
    title: 'Org admins',
    query: 'query OrgAdmins {\n  users(filter: { role: { eq: ADMIN } }, first: 20) {\n    totalCount\n    nodes { id userName roleSource }\n  }\n}\n',
  },
  {
    title: 'Teams and the role they grant',
    query: 'query Teams {\n  teams(first: 50) {\n    totalCount\n    nodes { id displayName grantsRole memberCount }\n  }\n}\n',
  },
  {
    title: 'Set a manual role',
    query: 'mutation SetRole($userId: ID!) {\n  setUserRole(userId: $userId, role: ADMIN) {\n    id\n    role\n    roleSource\n  }\n}\n',
    variables: '{\n  "userId": "<a user id>"\n}\n',
  },
  {
    title: 'Audit log',
    query: 'query AuditLog {\n  auditEvents(first: 5) {\n    nodes {\n      occurredAt\n      action\n      targetType\n      targetId\n      actorType\n      changes { field before after }\n    }\n  }\n}\n',
  },
];

/** What each token scope may do on this endpoint (README, "Tokens and scopes"). */
export const SCOPES: readonly { scope: string; can: string }[] = [
  { scope: 'admin', can: 'read and write one organization: users, teams, documents, settings, manual roles, tokens' },
  { scope: 'read', can: 'read one organization; every mutation is refused' },
  { scope: 'internal', can: 'read every organization (internal tools); created with the CLI only' },
  { scope: 'scim', can: 'refused here: SCIM tokens work only on /scim/v2' },
];
