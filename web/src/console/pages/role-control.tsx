import { useEffect, useState } from 'react';

/** An organization role, as GraphQL's `OrgRole` names it. */
export type OrgRole = 'ADMIN' | 'MEMBER';

interface RoleControlProps {
  /** The role the server holds; `null` for none. */
  value: OrgRole | null;
  /** The select's accessible name, naming its user or team: "Role granted by Eng". */
  label: string;
  /** The Apply button's accessible name, which must not contain `label` (getByLabel matches substrings): "Apply the role Eng grants". */
  applyLabel: string;
  readOnly: boolean;
  /** Asked before sending; false keeps the choice pending and sends nothing. */
  confirm?: (role: OrgRole | null) => boolean;
  /** Sends the choice; rejects with the server's reason. */
  apply: (role: OrgRole | null) => Promise<void>;
}

/**
 * A role select whose choice stays pending until "Apply" sends it. A closed select changes its
 * value on every arrow key, so applying on change would send each option browsed past. While the
 * request is in flight the select keeps showing the choice and Apply refuses a second press;
 * a refusal is shown beside the control.
 */
export function RoleControl({ value, label, applyLabel, readOnly, confirm, apply }: RoleControlProps) {
  // undefined: no pending choice, the server's value is shown.
  const [choice, setChoice] = useState<OrgRole | null | undefined>(undefined);
  // The choice the server accepted, until the page reads the new value back.
  const [sent, setSent] = useState<OrgRole | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setChoice(undefined);
    setSent(undefined);
  }, [value]);
  const shown = choice === undefined ? value : choice;
  const idle = readOnly || busy || shown === value || shown === sent;
  const submit = async () => {
    if (idle || (confirm && !confirm(shown))) return;
    setBusy(true);
    setError(null);
    try {
      await apply(shown);
      setSent(shown);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="role-control">
      <select
        aria-label={label}
        value={shown ?? ''}
        disabled={readOnly}
        onChange={(e) => {
          setChoice((e.target.value || null) as OrgRole | null);
          setError(null);
        }}
      >
        <option value="">none</option>
        <option value="ADMIN">ADMIN</option>
        <option value="MEMBER">MEMBER</option>
      </select>
      {!readOnly && (
        // aria-disabled, not disabled: a disabled button drops the keyboard focus it holds.
        <button type="button" aria-label={applyLabel} aria-disabled={idle} onClick={() => void submit()}>
          Apply
        </button>
      )}
      <span role="status">{busy ? 'Saving…' : ''}</span>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
