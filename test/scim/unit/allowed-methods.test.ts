import express from 'express';
import { allowedMethods } from '../../../src/scim/allowed-methods';

const handler = (): void => undefined;

/** A router shaped like the SCIM one: case-insensitive, trailing slashes tolerated. */
function router() {
  const r = express.Router({ caseSensitive: false, strict: false });
  r.get('/Things', handler);
  r.post('/Things', handler);
  r.post('/Things/.search', handler);
  r.get('/Things/:id', handler);
  r.delete('/Things/:id', handler);
  r.all('/Anything', handler);
  r.use(handler);
  return r;
}

describe('allowedMethods', () => {
  const allowed = allowedMethods(router());

  it.each([
    ['/Things', ['GET', 'HEAD', 'POST']],
    ['/things/', ['GET', 'HEAD', 'POST']],
    ['/Things/42', ['DELETE', 'GET', 'HEAD']],
    ['/Things/.search', ['DELETE', 'GET', 'HEAD', 'POST']],
    ['/Things/42/more', []],
    ['/Elsewhere', []],
    ['/Anything', []],
  ])('%s answers %j', (path, methods) => {
    expect(allowed(path)).toEqual(methods);
  });

  it('reads the routes registered when it is called, not later ones', () => {
    const r = router();
    const before = allowedMethods(r);
    r.put('/Things', handler);
    expect(before('/Things')).toEqual(['GET', 'HEAD', 'POST']);
    expect(allowedMethods(r)('/Things')).toEqual(['GET', 'HEAD', 'POST', 'PUT']);
  });
});
