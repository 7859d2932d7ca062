import type { AttrPath, CompValue, CompareOp, Filter } from '../../../src/scim/filter';

/** Short AST builders for expected values: `p('name.familyName')`, `p('urn:x:y', 'attr')`. */
export function p(name: string, schema?: string): AttrPath {
  const [attr, subAttr] = name.split('.');
  return { ...(schema === undefined ? {} : { schema }), attr, ...(subAttr === undefined ? {} : { subAttr }) };
}

export const cmp = (name: string | AttrPath, op: CompareOp, value: CompValue): Filter => ({
  kind: 'compare',
  path: typeof name === 'string' ? p(name) : name,
  op,
  value,
});
export const pr = (name: string | AttrPath): Filter => ({ kind: 'present', path: typeof name === 'string' ? p(name) : name });
export const and = (left: Filter, right: Filter): Filter => ({ kind: 'and', left, right });
export const or = (left: Filter, right: Filter): Filter => ({ kind: 'or', left, right });
export const not = (filter: Filter): Filter => ({ kind: 'not', filter });
export const vp = (name: string | AttrPath, filter: Filter): Filter => ({ kind: 'valuePath', path: typeof name === 'string' ? p(name) : name, filter });

export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:user';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user';
export const WRITER_USER = 'urn:custom:params:scim:schemas:extension:writer:2.0:user';

/** Runs `action` and returns the ScimError it throws (fails the test when it throws nothing). */
export function thrown(action: () => unknown): { status: number; scimType?: string; detail: string; name: string } {
  try {
    action();
  } catch (error) {
    return error as { status: number; scimType?: string; detail: string; name: string };
  }
  throw new Error('expected an error');
}
