import { createHmac } from 'node:crypto';
import { decodeSession, encodeSession, readCookie, type ConsoleSession } from '../../../src/http/console-session';

const SECRET = 'unit-test-secret-unit-test-secret-000000';
const NOW = new Date('2026-03-01T09:00:00.000Z');
const session: ConsoleSession = { tokenId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', organizationId: null, expiresAt: NOW.getTime() + 60_000 };
const valid = encodeSession(SECRET, session);
const [payload, signature] = valid.split('.');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A value signed with the right key, whatever its payload: the shape checks must refuse it. */
const signed = (value: unknown) => {
  const p = b64(value);
  return `${p}.${createHmac('sha256', SECRET).update(p).digest('base64url')}`;
};

describe('console session cookie values', () => {
  it('round-trips a session', () => {
    expect(decodeSession(SECRET, valid, NOW)).toEqual(session);
  });

  it.each([
    ['empty', ''],
    ['no signature', payload],
    ['three parts', `${valid}.x`],
    ['another signature', `${payload}.${Buffer.alloc(32).toString('base64url')}`],
    ['a short signature', `${payload}.${signature.slice(0, 10)}`],
    ['another key', encodeSession(`${SECRET}x`, session)],
    ['a changed payload', `${b64({ t: session.tokenId, o: null, e: session.expiresAt + 1 })}.${signature}`],
    ['an expiry now', encodeSession(SECRET, { ...session, expiresAt: NOW.getTime() })],
    ['a signed token id that is not a UUID', signed({ t: 'abc', o: null, e: session.expiresAt })],
    ['a signed organization that is not a UUID', signed({ t: session.tokenId, o: 'default', e: session.expiresAt })],
    ['a signed payload without expiry', signed({ t: session.tokenId, o: null })],
    ['a signed payload that is not JSON', `${Buffer.from('{').toString('base64url')}.${createHmac('sha256', SECRET).update(Buffer.from('{').toString('base64url')).digest('base64url')}`],
  ])('refuses %s', (_name, value) => {
    expect(decodeSession(SECRET, value, NOW)).toBeNull();
  });

  it.each([
    ['a=1; scimgraph_console=v; b=2', 'v'],
    ['scimgraph_console=v', 'v'],
    ['xscimgraph_console=v', null],
    ['', null],
  ])('reads the cookie out of %j', (header, expected) => {
    expect(readCookie(header, 'scimgraph_console')).toBe(expected);
  });
});
