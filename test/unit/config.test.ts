import { loadConfig } from '../../src/config';

describe('timeouts in the configuration', () => {
  it('has defaults in seconds, as milliseconds in the config', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h/db' });
    expect(config.database).toEqual({
      driver: 'postgresql',
      url: 'postgres://u@h/db',
      timeouts: { connectMs: 5000, acquireMs: 5000, statementMs: 10_000, queryMs: 15_000, idleInTransactionMs: 15_000 },
    });
    expect(config.http).toEqual({ headersMs: 20_000, requestMs: 60_000, keepAliveMs: 5000, drainMs: 5000, stopGraceMs: 30_000 });
  });

  it.each([
    ['DB_CONNECT_TIMEOUT_SECONDS', '2', (c: ReturnType<typeof loadConfig>) => c.database.driver === 'postgresql' && c.database.timeouts?.connectMs, 2000],
    ['DB_QUERY_TIMEOUT_SECONDS', '0.5', (c: ReturnType<typeof loadConfig>) => c.database.driver === 'postgresql' && c.database.timeouts?.queryMs, 500],
    ['HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', '65', (c: ReturnType<typeof loadConfig>) => c.http.keepAliveMs, 65_000],
    ['SHUTDOWN_DRAIN_SECONDS', '0', (c: ReturnType<typeof loadConfig>) => c.http.drainMs, 0],
  ])('reads %s=%s', (name, value, read, expected) => {
    expect(read(loadConfig({ DATABASE_URL: 'postgres://u@h/db', [name]: value }))).toBe(expected);
  });

  it.each([
    ['DB_STATEMENT_TIMEOUT_SECONDS', '0'],
    ['DB_ACQUIRE_TIMEOUT_SECONDS', 'soon'],
    ['HTTP_REQUEST_TIMEOUT_SECONDS', '-1'],
    ['SHUTDOWN_DRAIN_SECONDS', '-1'],
    ['SHUTDOWN_GRACE_SECONDS', '99999'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
