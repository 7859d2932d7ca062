import { isJsonObject, keysNamed, sameName, type JsonObject, type JsonValue } from './json';

/**
 * RFC 7644 §3.4.2.5 `attributes` / `excludedAttributes` on a rendered resource. Names are
 * case-insensitive, may be dotted (`name.givenName`) or URN-qualified
 * (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`). `id` and `schemas`
 * are returned always (RFC 7643 §7 "returned: always"); `password` is never rendered at all.
 */
type Json = JsonObject;

interface ProjectionPath {
  /** Lower-cased extension URN when the attribute lives in an extension object. */
  urn: string | null;
  attr: string;
  sub: string | null;
}

const ALWAYS = ['id', 'schemas'];

const keyOf = (object: Json, name: string): string | undefined => keysNamed(object, name)[0];

/** Splits `urn:…:User:attr.sub` at the last colon; a filter suffix (`emails[type eq "work"]`) is dropped. */
function parsePath(text: string, extensionUrns: readonly string[]): ProjectionPath {
  const name = text.replace(/\[.*$/, '').trim();
  const lower = name.toLowerCase();
  const urn = extensionUrns.find((u) => lower.startsWith(`${u.toLowerCase()}:`));
  if (urn) {
    const [attr, sub] = name.slice(urn.length + 1).split('.');
    return { urn: urn.toLowerCase(), attr, sub: sub ?? null };
  }
  if (extensionUrns.some((u) => u.toLowerCase() === lower)) return { urn: lower, attr: '', sub: null };
  const bare = lower.startsWith('urn:') ? name.slice(name.lastIndexOf(':') + 1) : name;
  const [attr, sub] = bare.split('.');
  return { urn: null, attr, sub: sub ?? null };
}

function containerOf(resource: Json, path: ProjectionPath): Json | undefined {
  if (!path.urn) return resource;
  const key = keyOf(resource, path.urn);
  return key && isJsonObject(resource[key]) ? (resource[key] as Json) : undefined;
}

/**
 * What `attributes` asks for of one object, by lower-cased attribute name: the whole attribute
 * (`true`), the lower-cased sub-attributes named, or, for an extension object keyed by its URN, what
 * is asked of it. Requests merge, never overwrite: `name.givenName,name.familyName` keeps both, and
 * `name,name.givenName` keeps the whole `name` (RFC 7644 §3.4.2.5, §3.9).
 */
type Selection = Map<string, true | Set<string> | Selection>;

function select(selection: Selection, path: ProjectionPath): void {
  let within = selection;
  if (path.urn) {
    const extension = selection.get(path.urn);
    if (extension === true) return;
    if (path.attr === '') {
      selection.set(path.urn, true);
      return;
    }
    within = extension instanceof Map ? extension : new Map();
    selection.set(path.urn, within);
  }
  const attr = path.attr.toLowerCase();
  const chosen = within.get(attr);
  if (chosen === true) return;
  if (!path.sub) within.set(attr, true);
  else within.set(attr, (chosen instanceof Set ? chosen : new Set<string>()).add(path.sub.toLowerCase()));
}

/** The sub-attributes `subs` of a complex value, in the order the value holds them; other values as they are. */
function pick(value: JsonValue, subs: ReadonlySet<string>): JsonValue {
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => subs.has(key.toLowerCase())));
}

/** The attributes of `source` that `selection` names, in the order `source` holds them; a multi-valued one is narrowed per element. */
function render(source: Json, selection: Selection): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    const chosen = selection.get(key.toLowerCase());
    if (chosen === true) out[key] = value;
    else if (chosen instanceof Map) {
      if (isJsonObject(value)) out[key] = render(value, chosen);
    } else if (chosen) out[key] = Array.isArray(value) ? value.map((element) => pick(element, chosen)) : pick(value, chosen);
  }
  return out;
}

function removePath(resource: Json, path: ProjectionPath): void {
  const container = containerOf(resource, path);
  if (!container) return;
  if (path.urn && path.attr === '') {
    delete resource[keyOf(resource, path.urn) as string];
    return;
  }
  const key = keyOf(container, path.attr);
  if (!key || (ALWAYS.includes(key) && !path.urn)) return;
  const value = container[key];
  if (!path.sub) delete container[key];
  else for (const element of Array.isArray(value) ? value : [value]) if (isJsonObject(element)) delete element[keyOf(element, path.sub) ?? ''];
}

/**
 * Drops each extension object the projection left empty, and lists in `schemas` only the extensions
 * still present: RFC 7643 §3 `schemas` names the schemas of the attributes the structure holds, as
 * the rendered resource does before projection (an unassigned extension is neither keyed nor listed).
 */
function dropEmptyExtensions(out: Json, extensionUrns: readonly string[]): Json {
  for (const urn of extensionUrns) {
    for (const key of keysNamed(out, urn)) {
      const value = out[key];
      if (!isJsonObject(value) || Object.keys(value).length === 0) delete out[key];
    }
  }
  const listed = (urn: JsonValue): boolean => typeof urn !== 'string' || !extensionUrns.some((u) => sameName(u, urn)) || keyOf(out, urn) !== undefined;
  if (Array.isArray(out.schemas)) out.schemas = out.schemas.filter(listed);
  return out;
}

/** The resource as the client asked to see it. `extensionUrns` are the schema URNs used as keys. */
export function project(
  resource: Json,
  request: { attributes: readonly string[]; excludedAttributes: readonly string[] },
  extensionUrns: readonly string[],
): Json {
  if (request.attributes.length > 0) {
    const selection: Selection = new Map(ALWAYS.map((key) => [key, true]));
    for (const text of request.attributes) select(selection, parsePath(text, extensionUrns));
    return dropEmptyExtensions(render(resource, selection), extensionUrns);
  }
  if (request.excludedAttributes.length === 0) return resource;
  const out = structuredClone(resource);
  for (const text of request.excludedAttributes) removePath(out, parsePath(text, extensionUrns));
  return dropEmptyExtensions(out, extensionUrns);
}
