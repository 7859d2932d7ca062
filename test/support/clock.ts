/** A pinned clock that moves forward one second per reading, so ordering by time is deterministic. */
export function pinnedClock(start = '2026-01-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}
