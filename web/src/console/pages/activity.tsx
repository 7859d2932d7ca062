import { useRef, useState, type FormEvent } from 'react';
import { gql } from '../api';
import { useLoad } from '../hooks';
import { ErrorText, formatTime, Pager } from '../ui';

interface AuditEvent {
  id: string;
  occurredAt: string;
  action: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  targetType: string;
  targetId: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

interface Page {
  auditEvents: { totalCount: number; nodes: AuditEvent[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const EVENTS = `query ConsoleActivity($action: String, $actorId: String, $targetId: ID, $after: String) {
  auditEvents(action: $action, actorId: $actorId, targetId: $targetId, first: 25, after: $after) {
    totalCount
    nodes { id occurredAt action actorType actorId actorName targetType targetId changes { field before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Filters {
  action: string;
  actorId: string;
  targetId: string;
}

const show = (value: unknown): string => (value === null || value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value));

/** The audit log, newest first, a cursor page at a time ("Older events" walks on). */
export function ActivityPage() {
  const [draft, setDraft] = useState<Filters>({ action: '', actorId: '', targetId: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const variables = { action: filters.action || null, actorId: filters.actorId || null, targetId: filters.targetId || null, after };
  const page = useLoad(() => gql<Page>(EVENTS, variables), [JSON.stringify(variables)]);
  const list = useRef<HTMLOListElement>(null);
  const apply = (next: Filters) => {
    setDraft(next);
    setFilters(next);
    setCursors([null]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply({ action: draft.action.trim(), actorId: draft.actorId.trim(), targetId: draft.targetId.trim() });
  };
  const field = (key: keyof Filters, label: string, placeholder: string) => (
    <span className="field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <input id={`filter-${key}`} value={draft[key]} placeholder={placeholder} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </span>
  );
  return (
    <>
      <form className="filters" onSubmit={submit} aria-label="Filter activity">
        {field('action', 'Action', 'user.created, or team. for all team actions')}
        {field('actorId', 'Actor id', 'a token id')}
        {field('targetId', 'Target id', 'a user, team or document id')}
        <button type="submit">Filter</button>
        <button type="button" onClick={() => apply({ action: '', actorId: '', targetId: '' })}>
          Clear
        </button>
      </form>
      <ErrorText error={page.error} />
      <p>{page.data ? `${page.data.auditEvents.totalCount} events` : 'Loading…'}</p>
      <ol className="events" aria-label="Audit events, newest first" ref={list} tabIndex={-1}>
        {page.data?.auditEvents.nodes.map((e) => (
          <li key={e.id} className="event" data-action={e.action}>
            <div className="event-head">
              <time dateTime={e.occurredAt}>{formatTime(e.occurredAt)}</time> <b>{e.action}</b> on {e.targetType}{' '}
              {e.targetId && (
                <button type="button" className="link" onClick={() => apply({ ...filters, targetId: e.targetId! })} title="Show this target's events">
                  <code>{e.targetId}</code>
                </button>
              )}{' '}
              by{' '}
              {e.actorId ? (
                <button type="button" className="link" onClick={() => apply({ ...filters, actorId: e.actorId! })} title="Show this actor's events">
                  {e.actorName ?? e.actorId}
                </button>
              ) : (
                (e.actorName ?? e.actorType)
              )}
            </div>
            {e.changes.length > 0 && (
              <div className="table-wrap">
                <table className="changes">
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.changes.map((c) => (
                      <tr key={c.field}>
                        <td>{c.field}</td>
                        <td>{show(c.before)}</td>
                        <td>{show(c.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        ))}
      </ol>
      <Pager cursors={cursors} setCursors={setCursors} pageInfo={page.data?.auditEvents.pageInfo} top={list} previous="Newer events" next="Older events" />
    </>
  );
}
