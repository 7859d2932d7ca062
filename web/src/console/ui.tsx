import { useState, type RefObject } from 'react';

export const formatTime = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function ErrorText({ error }: { error: string | null | undefined }) {
  return error ? (
    <p className="error" role="alert">
      {error}
    </p>
  ) : null;
}

/** Copies `text` to the clipboard; says so, or says to copy by hand where the clipboard is closed. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Copy by hand: select the text.' : ''}
      </span>
    </>
  );
}

/**
 * The previous/next buttons of a cursor-paged list: `cursors` holds the `after` of each page read
 * so far. Turning the page brings `top` (the list, focusable with tabIndex -1) into view and
 * focuses it, so reading starts at the new page's first item, not at the buttons below it.
 */
export function Pager(props: {
  cursors: (string | null)[];
  setCursors: (update: (cursors: (string | null)[]) => (string | null)[]) => void;
  pageInfo: { hasNextPage: boolean; endCursor: string | null } | undefined;
  top?: RefObject<HTMLElement | null>;
  previous?: string;
  next?: string;
}) {
  const { cursors, setCursors, pageInfo, top } = props;
  const turn = (update: (cursors: (string | null)[]) => (string | null)[]) => {
    setCursors(update);
    top?.current?.scrollIntoView({ block: 'start' });
    top?.current?.focus({ preventScroll: true });
  };
  return (
    <div className="pager">
      <button type="button" disabled={cursors.length < 2} onClick={() => turn((c) => c.slice(0, -1))}>
        {props.previous ?? 'Previous page'}
      </button>
      <button type="button" disabled={!pageInfo?.hasNextPage} onClick={() => turn((c) => [...c, pageInfo?.endCursor ?? null])}>
        {props.next ?? 'Next page'}
      </button>
    </div>
  );
}
