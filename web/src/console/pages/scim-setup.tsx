import { useState } from 'react';
import { gql, type Session } from '../api';
import { useLoad } from '../hooks';
import { CopyButton, ErrorText, formatTime } from '../ui';
import { IdpSteps } from './idp-steps';

interface Token {
  id: string;
  name: string;
  scope: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKENS = 'query ConsoleTokens { apiTokens { id name scope prefix createdAt lastUsedAt revokedAt } }';
const CREATE = 'mutation ConsoleCreateScimToken($name: String!) { createApiToken(input: { name: $name, scope: SCIM }) { id token name } }';
const REVOKE = 'mutation ConsoleRevokeToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';

/** A secret just created: shown this once, with the token it replaces when it came from a rotation. */
interface Fresh {
  id: string;
  name: string;
  secret: string;
  replaces: Token | null;
}

export function ScimSetupPage({ session, readOnly }: { session: Session; readOnly: boolean }) {
  // Listing tokens needs an admin token (apiTokens is ORG_ADMIN only): a read-only session does not ask.
  const tokens = useLoad(() => (readOnly ? Promise.resolve({ apiTokens: [] }) : gql<{ apiTokens: Token[] }>(TOKENS)), [readOnly]);
  const [name, setName] = useState('okta');
  const [fresh, setFresh] = useState<Fresh | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
    tokens.reload();
  };
  const create = (tokenName: string, replaces: Token | null) =>
    act(async () => {
      const { createApiToken } = await gql<{ createApiToken: { id: string; token: string; name: string } }>(CREATE, { name: tokenName });
      setFresh({ id: createApiToken.id, name: createApiToken.name, secret: createApiToken.token, replaces });
    });
  const revoke = (token: Token) =>
    act(async () => {
      await gql(REVOKE, { id: token.id });
      // The new secret stays on screen until the admin says it is copied.
      setFresh((f) => (f?.replaces?.id === token.id ? { ...f, replaces: null } : f));
    });
  const scimTokens = (tokens.data?.apiTokens ?? []).filter((t) => t.scope === 'SCIM');

  return (
    <>
      <section aria-labelledby="base-url">
        <h2 id="base-url">SCIM base URL</h2>
        <p>
          <code data-testid="scim-base-url">{session.scimBaseUrl}</code> <CopyButton text={session.scimBaseUrl} label="Copy base URL" />
        </p>
        <p>
          Identity providers authenticate with a <code>scim</code> token sent as <code>Authorization: Bearer …</code>. Users are matched on{' '}
          <code>userName</code>.
        </p>
      </section>

      <section aria-labelledby="tokens">
        <h2 id="tokens">SCIM tokens</h2>
        {!readOnly && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void create(name.trim(), null);
            }}
          >
            <label htmlFor="token-name">Token name</label>
            <input id="token-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
            <button type="submit" disabled={name.trim() === ''}>
              Create SCIM token
            </button>
          </form>
        )}
        {fresh && <FreshToken fresh={fresh} onRevokeOld={revoke} onDone={() => setFresh(null)} />}
        <ErrorText error={error} />
        {readOnly ? (
          <p role="note">Listing SCIM tokens needs an admin token: this session is read-only.</p>
        ) : (
          <TokenTable
            tokens={scimTokens}
            loading={tokens.loading}
            loadError={tokens.error}
            onRotate={(t) => void create(t.name, t)}
            onRevoke={(t) => confirmRevoke(t) && void revoke(t)}
          />
        )}
        <p className="hint">Last use is recorded to the minute. Revoking a token stops it at once; the identity provider then gets 401.</p>
      </section>

      <section aria-labelledby="idp">
        <h2 id="idp">Connect your identity provider</h2>
        <IdpSteps baseUrl={session.scimBaseUrl} />
      </section>
    </>
  );
}

/** Revoking the identity provider's live token stops its provisioning: asked first. */
const confirmRevoke = (token: Token): boolean =>
  window.confirm(
    `Revoke the SCIM token “${token.name}” (${token.prefix}…)? It stops working at once: your identity provider's provisioning stops, every request answered 401, until you give it a new token.`,
  );

/** The new secret, once. A rotation keeps the old token live until the admin revokes it. */
function FreshToken({ fresh, onRevokeOld, onDone }: { fresh: Fresh; onRevokeOld: (t: Token) => void; onDone: () => void }) {
  return (
    <div className="fresh-token" role="region" aria-label="New SCIM token">
      <p>
        <b>New token “{fresh.name}”</b>: copy it now, it will not be shown again.
      </p>
      <p>
        <code data-testid="new-token" className="secret">
          {fresh.secret}
        </code>{' '}
        <CopyButton text={fresh.secret} label="Copy token" />
      </p>
      {fresh.replaces ? (
        <p>
          Rotation: paste the new token into your identity provider and test the connection. The old token (<code>{fresh.replaces.prefix}…</code>) still
          works until you revoke it, so nothing is refused in between.{' '}
          <button type="button" className="danger" onClick={() => onRevokeOld(fresh.replaces!)}>
            Revoke the old token
          </button>
        </p>
      ) : null}
      <button type="button" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}

interface TokenTableProps {
  tokens: Token[];
  loading: boolean;
  /** Why the list could not be read: never shown as an empty list. */
  loadError: string | null;
  onRotate: (token: Token) => void;
  onRevoke: (token: Token) => void;
}

/** The organization's SCIM tokens with their last use, to rotate and revoke (admins only). */
function TokenTable({ tokens, loading, loadError, onRotate, onRevoke }: TokenTableProps) {
  // A button names its token; where live tokens share a name, its prefix tells them apart.
  const live = tokens.filter((t) => !t.revokedAt).map((t) => t.name);
  const named = (t: Token) => (live.indexOf(t.name) !== live.lastIndexOf(t.name) ? `${t.name} (${t.prefix}…)` : t.name);
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">SCIM tokens of this organization</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} data-token-id={t.id}>
              <td>{t.name}</td>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td>{formatTime(t.createdAt)}</td>
              <td>{t.lastUsedAt ? formatTime(t.lastUsedAt) : 'never'}</td>
              <td>{t.revokedAt ? `revoked ${formatTime(t.revokedAt)}` : 'active'}</td>
              <td className="actions">
                {!t.revokedAt && (
                  <>
                    <button type="button" aria-label={`Rotate ${named(t)}`} onClick={() => onRotate(t)}>
                      Rotate
                    </button>
                    <button type="button" className="danger" aria-label={`Revoke ${named(t)}`} onClick={() => onRevoke(t)}>
                      Revoke {t.name}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
          {loadError ? (
            <tr>
              <td colSpan={6} className="error">
                <span role="alert">The SCIM tokens could not be loaded: {loadError}</span>
              </td>
            </tr>
          ) : (
            tokens.length === 0 &&
            !loading && (
              <tr>
                <td colSpan={6}>No SCIM token yet.</td>
              </tr>
            )
          )}
        </tbody>
      </table>
    </div>
  );
}
