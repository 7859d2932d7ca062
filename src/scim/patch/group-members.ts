import { idKey } from '../../common/ids';
import { parsePatchPath, type Filter, type PatchPath } from '../filter';
import { findSchema, type AttributeCatalogue } from '../schema-catalogue';
import { isJsonObject, readKey, sameName, setOwn, type JsonObject, type JsonValue } from '../json';
import { resolvePatchPath, subAttrOf, tryParsePatchPath } from './path';
import { patchError } from './patch-errors';
import { parsePatchRequest, type PatchOpName } from './request';
import type { ScimPatchOperation } from '../types';

/**
 * A Group PATCH split for the façade: membership as deltas it can apply in SQL without loading
 * the member list, everything else as operations for `applyPatchOperations` on the group.
 * Either `replaceAll` is null and `add`/`remove` are disjoint deltas, or `replaceAll` is the whole
 * new member list and `add`/`remove` are empty. Ids are the members' `value`s, deduplicated, in order.
 */
export interface GroupMemberChanges {
  readonly attributeOps: ScimPatchOperation[];
  readonly add: string[];
  readonly remove: string[];
  readonly replaceAll: string[] | null;
}

/**
 * The fold of member operations, in O(ids) time: Sets throughout (a 30k-member replace is one pass,
 * not 30k scans). Ids are folded as the domain keys them (`idKey`): members are named by UUIDs,
 * the same whatever their case, so an add of `ABC…` and a remove of `abc…` name one member.
 */
class MemberFold {
  /** The whole new list after a replace (a Set keeps insertion order), else null. */
  private all: Set<string> | null = null;
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();

  add(ids: readonly string[]): void {
    for (const id of ids.map(idKey)) {
      if (this.all) this.all.add(id);
      else {
        this.removed.delete(id);
        this.added.add(id);
      }
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids.map(idKey)) {
      if (this.all) this.all.delete(id);
      else {
        this.added.delete(id);
        this.removed.add(id);
      }
    }
  }

  replace(ids: readonly string[]): void {
    this.all = new Set(ids.map(idKey));
    this.added.clear();
    this.removed.clear();
  }

  result(attributeOps: ScimPatchOperation[]): GroupMemberChanges {
    return { attributeOps, add: [...this.added], remove: [...this.removed], replaceAll: this.all ? [...this.all] : null };
  }
}

/**
 * Folds the operations of a Group PatchOp body, in order, into member deltas (add then remove of
 * one id nets to a remove). Accepts Okta's `add` on `members` (okta/27-push-member-add.json) and
 * `remove` on `members[value eq "…"]` (okta/29-push-member-remove.json), `replace` of all members
 * (okta/30-replace-all-members.json), path-less `{"members": […]}`, and Entra's
 * `{"op":"Remove","path":"members","value":[{"value":"…"}]}`, which removes only the listed members
 * (entra/30-remove-member-value-array.json).
 * Paths of the other operations are checked against the Group catalogue up front.
 */
export function groupPatchToMemberChanges(patch: unknown, catalogue: AttributeCatalogue): GroupMemberChanges {
  const fold = new MemberFold();
  const attributeOps: ScimPatchOperation[] = [];
  parsePatchRequest(patch).forEach((operation, index) => {
    const where = `Operations[${index}]`;
    if (operation.path === undefined) {
      if (operation.op === 'remove') throw patchError('noTarget', `${where}: remove requires a path`);
      if (!isJsonObject(operation.value)) throw patchError('invalidValue', `${where}: without a path, value must be an object of attributes`);
      const rest = foldValueObject(fold, operation.op, operation.value, catalogue);
      if (Object.keys(rest).length > 0) attributeOps.push({ op: operation.op, value: rest });
      return;
    }
    const parsed = parsePatchPath(operation.path);
    if (isMembers(parsed, catalogue)) foldMemberPath(fold, operation, parsed, where);
    else {
      if (!findSchema(catalogue, operation.path)) resolvePatchPath(catalogue, parsed, operation.path);
      attributeOps.push(operation);
    }
  });
  return fold.result(attributeOps);
}

function isCoreSchema(urn: string, catalogue: AttributeCatalogue): boolean {
  return findSchema(catalogue, urn) === catalogue.core;
}

function isMembers({ attrPath }: PatchPath, catalogue: AttributeCatalogue): boolean {
  return sameName(attrPath.attr, 'members') && (attrPath.schema === undefined || isCoreSchema(attrPath.schema, catalogue));
}

/** Takes the `members` keys out of a path-less value (also inside a core-schema object) and returns the rest. */
function foldValueObject(fold: MemberFold, op: PatchOpName, value: JsonObject, catalogue: AttributeCatalogue): JsonObject {
  const rest: JsonObject = {};
  for (const [key, raw] of Object.entries(value)) {
    if (/^urn:/i.test(key) && isCoreSchema(key, catalogue)) {
      const inner = isJsonObject(raw) ? foldValueObject(fold, op, raw, catalogue) : raw;
      if (!isJsonObject(inner) || Object.keys(inner).length > 0) setOwn(rest, key, inner);
      continue;
    }
    const parsed = tryParsePatchPath(key);
    if (parsed && isMembers(parsed, catalogue) && !parsed.valueFilter && subAttrOf(parsed) === undefined) {
      if (op === 'replace') fold.replace(memberIds(raw));
      else fold.add(memberIds(raw));
    } else setOwn(rest, key, raw);
  }
  return rest;
}

function foldMemberPath(fold: MemberFold, operation: ScimPatchOperation, parsed: PatchPath, where: string): void {
  const { op, value } = operation;
  const subAttr = subAttrOf(parsed);
  if (subAttr !== undefined) {
    // RFC 7643 §4.2: members.value is immutable; display, type and $ref are derived from the member.
    if (sameName(subAttr, 'value')) throw patchError('mutability', `${where}: members.value is immutable`);
    return;
  }
  if (parsed.valueFilter) {
    const ids = filterIds(parsed.valueFilter);
    if (!ids) throw patchError('invalidFilter', `${where}: member filters other than value eq "…" (joined by or) are not supported`);
    if (op === 'remove') fold.remove(ids);
    else fold.add(ids);
    return;
  }
  if (op === 'remove') {
    if (value === undefined || value === null) fold.replace([]);
    else fold.remove(memberIds(value));
    return;
  }
  if (value === undefined) throw patchError('invalidValue', `${where}: ${op} requires a value`);
  if (op === 'replace') fold.replace(memberIds(value));
  else fold.add(memberIds(value));
}

/** The ids a `members[value eq "a" or value eq "b"]` filter selects; undefined for any other filter. */
function filterIds(filter: Filter): string[] | undefined {
  if (filter.kind === 'or') {
    const [left, right] = [filterIds(filter.left), filterIds(filter.right)];
    return left && right ? [...left, ...right] : undefined;
  }
  if (filter.kind === 'compare' && filter.op === 'eq' && sameName(filter.path.attr, 'value') && typeof filter.value === 'string') {
    return [filter.value];
  }
  return undefined;
}

/** Member ids from `[{"value":"…","display":"…"}]`, a single object, or bare id strings; 400 invalidValue for anything else. */
export function memberIds(raw: JsonValue): string[] {
  if (raw === null) return [];
  const items = Array.isArray(raw) ? raw : [raw];
  const ids = items.map((item) => {
    const id = isJsonObject(item) ? readKey(item, 'value') : item;
    if (typeof id !== 'string' || id.trim() === '') {
      throw patchError('invalidValue', `Each member must carry its id as a non-empty string value, not ${JSON.stringify(item)}`);
    }
    return id;
  });
  return [...new Set(ids)];
}
