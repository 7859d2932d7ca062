/**
 * Keys one loader batch turns into one statement at most: each key is a bound value, and SQLite
 * takes 32,766 at most. A query that reaches more (50 teams × 1,000 members) runs a few
 * statements instead of failing.
 */
export const MAX_BATCH_SIZE = 10_000;
