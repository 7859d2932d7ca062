import { useState } from 'react';
import { gql } from '../api';
import { useLoad } from '../hooks';
import { ErrorText, Pager } from '../ui';
import { RoleControl, type OrgRole } from './role-control';

interface RoleUser {
  id: string;
  userName: string;
  active: boolean;
  role: OrgRole;
  roleSource: string;
  manualRole: OrgRole | null;
  idpRole: OrgRole | null;
  provisionedByIdp: boolean;
}

interface RolesData {
  organization: { id: string; settings: { roleManualOverride: boolean } };
  users: { totalCount: number; nodes: RoleUser[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  teams: { nodes: { id: string; displayName: string; grantsRole: OrgRole | null; memberCount: number }[] };
  viewer: { user: { id: string } | null };
}

const ROLES = `query ConsoleRoles($after: String) {
  organization { id settings { roleManualOverride } }
  users(first: 50, after: $after, orderBy: { field: USER_NAME }) {
    totalCount
    nodes { id userName active role roleSource manualRole idpRole provisionedByIdp }
    pageInfo { hasNextPage endCursor }
  }
  teams(first: 200, orderBy: { field: DISPLAY_NAME }) { nodes { id displayName grantsRole memberCount } }
  viewer { user { id } }
}`;
const OVERRIDE = 'mutation ConsoleOverride($on: Boolean!) { updateOrganizationSettings(input: { roleManualOverride: $on }) { id } }';
const SET_ROLE = 'mutation ConsoleSetRole($userId: ID!, $role: OrgRole) { setUserRole(userId: $userId, role: $role) { id } }';
const GRANT = 'mutation ConsoleGrant($teamId: ID!, $role: OrgRole) { setTeamGrantsRole(teamId: $teamId, role: $role) { id } }';

const SOURCE_TEXT: Record<string, string> = {
  MANUAL: 'set here',
  IDP_ATTRIBUTE: "the IdP's role attribute",
  TEAM_GRANT: 'a team grants it',
  DEFAULT: 'no role given',
};

export function RolesPage({ readOnly }: { readOnly: boolean }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const data = useLoad(() => gql<RolesData>(ROLES, { after }), [after]);
  const [error, setError] = useState<string | null>(null);
  /** A role change: its refusal is shown by the control that asked for it. */
  const change = async (query: string, variables: Record<string, unknown>) => {
    try {
      await gql(query, variables);
    } finally {
      data.reload();
    }
  };
  /** A change whose refusal the page shows. */
  const act = async (query: string, variables: Record<string, unknown>) => {
    setError(null);
    await change(query, variables).catch((e: Error) => setError(e.message));
  };
  const viewerId = data.data?.viewer.user?.id;
  const override = data.data?.organization.settings.roleManualOverride ?? false;
  return (
    <>
      <section aria-labelledby="override">
        <h2 id="override">Manual role override</h2>
        <label className="toggle">
          <input type="checkbox" checked={override} disabled={readOnly || !data.data} onChange={(e) => void act(OVERRIDE, { on: e.target.checked })} />
          Manual roles override the identity provider
        </label>
        <p data-testid="override-sentence">
          {override
            ? 'On: a manual role set here wins over the IdP role attribute and team grants, and later IdP pushes do not change it.'
            : 'Off: the identity provider wins. Effective role is the higher of the IdP role attribute and team grants; manual roles count only for users the IdP did not provision.'}
        </p>
      </section>
      <ErrorText error={error ?? data.error} />
      <section aria-labelledby="users">
        <h2 id="users">Users ({data.data?.users.totalCount ?? '…'})</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Effective role</th>
                <th scope="col">From</th>
                <th scope="col">IdP role</th>
                <th scope="col">Manual role</th>
              </tr>
            </thead>
            <tbody>
              {data.data?.users.nodes.map((u) => (
                <tr key={u.id} data-user={u.userName}>
                  <td>
                    {u.userName}
                    {!u.active && <span className="tag">inactive</span>}
                  </td>
                  <td data-testid="effective-role">{u.role}</td>
                  <td data-testid="role-source">
                    <span className={`source source-${u.roleSource.toLowerCase()}`}>{u.roleSource}</span> <small>{SOURCE_TEXT[u.roleSource]}</small>
                  </td>
                  <td>{u.idpRole ?? '—'}</td>
                  <td>
                    <RoleControl
                      value={u.manualRole}
                      label={`Manual role of ${u.userName}`}
                      applyLabel={`Apply the manual role for ${u.userName}`}
                      readOnly={readOnly}
                      confirm={u.id === viewerId && u.role === 'ADMIN' ? confirmOwnRole : undefined}
                      apply={(role) => change(SET_ROLE, { userId: u.id, role })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager cursors={cursors} setCursors={setCursors} pageInfo={data.data?.users.pageInfo} />
      </section>
      <TeamsSection teams={data.data?.teams.nodes ?? []} readOnly={readOnly} onGrant={(teamId, role) => change(GRANT, { teamId, role })} />
    </>
  );
}

/** Asks an admin who is about to give up their own admin role (they are signed out at once). */
function confirmOwnRole(role: OrgRole | null): boolean {
  if (role === 'ADMIN') return true;
  return window.confirm(
    role === 'MEMBER'
      ? 'Set your own manual role to MEMBER? This console is for org admins: you will lose access to this console at once and be signed out.'
      : 'Clear your own manual role? Unless the identity provider or a team makes you an org admin, you will lose access to this console at once and be signed out.',
  );
}

type Team = RolesData['teams']['nodes'][number];

/** Teams and the org role each grants its members (IdP group mappings decide permissions). */
function TeamsSection({ teams, readOnly, onGrant }: { teams: Team[]; readOnly: boolean; onGrant: (teamId: string, role: OrgRole | null) => Promise<void> }) {
  return (
    <section aria-labelledby="teams">
      <h2 id="teams">Teams and the role they grant</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Members</th>
              <th scope="col">Grants role</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => (
              <tr key={t.id}>
                <td>{t.displayName}</td>
                <td>{t.memberCount}</td>
                <td>
                  <RoleControl
                    value={t.grantsRole}
                    label={`Role granted by ${t.displayName}`}
                    applyLabel={`Apply the role ${t.displayName} grants`}
                    readOnly={readOnly}
                    apply={(role) => onGrant(t.id, role)}
                  />
                </td>
              </tr>
            ))}
            {teams.length === 0 && (
              <tr>
                <td colSpan={3}>No teams yet: they arrive with the identity provider's Push Groups.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
