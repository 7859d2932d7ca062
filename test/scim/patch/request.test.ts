import { parsePatchRequest } from '../../../src/scim/patch';
import { PATCH_OP, body, expectScimError } from './support';

describe('parsePatchRequest', () => {
  it.each(['add', 'Add', 'ADD', 'replace', 'Replace', 'REPLACE', 'remove', 'Remove', ' remove '])(
    'accepts op %j case-insensitively (Entra sends "Replace")',
    (op) => {
      const [operation] = parsePatchRequest({ schemas: [PATCH_OP], Operations: [{ op, path: 'title' }] });
      expect(operation.op).toBe(op.trim().toLowerCase());
    },
  );

  it.each([
    ['an unknown op', { schemas: [PATCH_OP], Operations: [{ op: 'merge', path: 'title', value: 'x' }] }],
    ['a missing op', { schemas: [PATCH_OP], Operations: [{ path: 'title', value: 'x' }] }],
    ['a non-string op', { schemas: [PATCH_OP], Operations: [{ op: 1, path: 'title', value: 'x' }] }],
    ['a body that is not an object', [{ op: 'add' }]],
    ['a null body', null],
    ['no Operations', { schemas: [PATCH_OP] }],
    ['empty Operations', { schemas: [PATCH_OP], Operations: [] }],
    ['Operations that is an object', { schemas: [PATCH_OP], Operations: { op: 'add' } }],
    ['an operation that is not an object', { schemas: [PATCH_OP], Operations: ['add'] }],
    ['schemas without the PatchOp URN', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], Operations: [{ op: 'add', value: {} }] }],
    ['schemas that is not an array', { schemas: PATCH_OP, Operations: [{ op: 'add', value: {} }] }],
  ])('rejects %s with 400 invalidSyntax', (_label, request) => {
    expectScimError(() => parsePatchRequest(request), 'invalidSyntax');
  });

  it('rejects a non-string path with 400 invalidPath', () => {
    expectScimError(() => parsePatchRequest({ schemas: [PATCH_OP], Operations: [{ op: 'remove', path: 3 }] }), 'invalidPath');
  });

  it('tolerates a missing schemas member when Operations is present', () => {
    expect(parsePatchRequest({ Operations: [{ op: 'replace', value: { active: false } }] })).toEqual([
      { op: 'replace', value: { active: false } },
    ]);
  });

  it('matches the PatchOp URN ignoring case', () => {
    const request = { schemas: [PATCH_OP.toUpperCase()], Operations: [{ op: 'remove', path: 'title' }] };
    expect(parsePatchRequest(request)).toEqual([{ op: 'remove', path: 'title' }]);
  });

  it('reads member names case-insensitively (operations, Op, Path, Value)', () => {
    const request = { Schemas: [PATCH_OP], operations: [{ Op: 'Add', Path: 'nickName', Value: 'Babs' }] };
    expect(parsePatchRequest(request)).toEqual([{ op: 'add', path: 'nickName', value: 'Babs' }]);
  });

  it('keeps an explicit null value apart from a missing one', () => {
    const operations = parsePatchRequest(body({ op: 'replace', path: 'title', value: null }, { op: 'replace', path: 'title' }));
    expect(operations.map((operation) => 'value' in operation)).toEqual([true, false]);
  });

  it.each(['', '   ', null])('treats path %j as no path', (path) => {
    expect(parsePatchRequest(body({ op: 'replace', path, value: { active: true } }))).toEqual([
      { op: 'replace', value: { active: true } },
    ]);
  });

  it('keeps operations in request order', () => {
    const operations = parsePatchRequest(body({ op: 'add', path: 'a' }, { op: 'remove', path: 'b' }, { op: 'replace', path: 'c' }));
    expect(operations.map((operation) => operation.path)).toEqual(['a', 'b', 'c']);
  });
});

