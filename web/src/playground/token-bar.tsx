import { useId, useState, type FormEvent } from 'react';
import { bareToken, readToken, writeToken } from '../shared/token-store';
import { SCOPES } from './examples';

/** The API token field: kept in sessionStorage, sent as `Authorization: Bearer …` unless the Headers pane has one. */
export function TokenBar({ onChange }: { onChange: () => void }) {
  const [draft, setDraft] = useState('');
  const [saved, setSaved] = useState(() => readToken() !== '');
  const inputId = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    // A token copied from an Authorization header comes with its scheme: keep only the token.
    const token = bareToken(draft);
    writeToken(token);
    setSaved(token !== '');
    setDraft('');
    onChange();
  };
  const clear = () => {
    writeToken('');
    setSaved(false);
    onChange();
  };
  return (
    <header className="token-bar">
      <form onSubmit={save} className="token-form">
        <label htmlFor={inputId}>API token</label>
        <input
          id={inputId}
          name="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={saved ? 'A token is set for this tab' : 'sgt_… (admin, read or internal)'}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">Use token</button>
        <button type="button" onClick={clear} disabled={!saved}>
          Forget token
        </button>
        <span className="token-status" role="status" data-testid="token-status">
          {saved ? 'Token set: kept in this tab only (sessionStorage), never in the URL.' : 'No token: queries will be refused.'}
        </span>
        <span className="token-hint">
          An <code>Authorization</code> header in the Headers pane is sent instead of this token.
        </span>
      </form>
      <details className="scopes">
        <summary>Which token can do what</summary>
        <ul>
          {SCOPES.map(({ scope, can }) => (
            <li key={scope}>
              <code>{scope}</code>: {can}
            </li>
          ))}
        </ul>
      </details>
    </header>
  );
}
