const ROLE_URN = 'urn:custom:params:scim:schemas:extension:writer:2.0:User';

/** The seed's Okta steps rewritten for scimgraph, with Microsoft Entra ID's equivalent beside them. */
export function IdpSteps({ baseUrl }: { baseUrl: string }) {
  return (
    <div className="columns">
      <section aria-labelledby="okta-steps">
        <h3 id="okta-steps">Okta</h3>
        <ol>
          <li>
            In your SAML app, <b>General</b> tab: enable <b>SCIM provisioning</b>. Then <b>Provisioning → Integration</b>.
          </li>
          <li>
            <b>SCIM connector base URL</b>: <code>{baseUrl}</code>
          </li>
          <li>
            <b>Unique identifier field for users</b>: <code>userName</code>
          </li>
          <li>
            <b>Supported provisioning actions</b>: Push New Users, Push Profile Updates, Push Groups. (Import is optional: scimgraph answers
            <code>GET /Users</code> and <code>GET /Groups</code>.)
          </li>
          <li>
            <b>Authentication mode</b>: HTTP Header. Paste a SCIM token (below) as the <b>Authorization</b> bearer. <b>Test Connector Configuration</b>, then
            save.
          </li>
          <li>
            <b>Provisioning → To App</b>: enable Create Users, Update User Attributes and Deactivate Users.
          </li>
          <li>
            Role attribute: <b>Profile Editor → Add Attribute</b>, external name <code>role</code>, external namespace <code>{ROLE_URN}</code>, values{' '}
            <code>admin</code> or <code>member</code>.
          </li>
          <li>
            <b>Push Groups</b>: leave <b>“Rename app groups to match group name in Okta”</b> unchecked, <b>Refresh App Groups</b>, then push or link each
            group. A team can grant a role (see Roles).
          </li>
        </ol>
      </section>
      <section aria-labelledby="entra-steps">
        <h3 id="entra-steps">Microsoft Entra ID</h3>
        <ol>
          <li>
            Enterprise application → <b>Provisioning</b> → <b>Provisioning Mode: Automatic</b>.
          </li>
          <li>
            <b>Tenant URL</b>: <code>{baseUrl}</code>
          </li>
          <li>
            <b>Secret Token</b>: a SCIM token (below). <b>Test Connection</b>, then save.
          </li>
          <li>
            <b>Mappings</b>: keep <code>userPrincipalName → userName</code> as the matching attribute; add <code>mailNickname → externalId</code>; enable
            both the user and the group mappings.
          </li>
          <li>
            Role attribute: add a mapping whose target is <code>{ROLE_URN}:role</code> with the value <code>admin</code> or <code>member</code>.
          </li>
          <li>
            <b>Scope</b>: “Sync only assigned users and groups”; assign users and groups, then <b>Start provisioning</b>. Entra deletes users with{' '}
            <code>DELETE /Users</code>: their documents are handed on as for a deactivation.
          </li>
        </ol>
      </section>
    </div>
  );
}
