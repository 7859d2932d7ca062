import { isJsonObject, keysNamed, type JsonObject, type JsonValue } from './json';

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

function copyPath(source: Json, target: Json, path: ProjectionPath): void {
  const from = containerOf(source, path);
  if (!from) return;
  let to = target;
  if (path.urn) {
    const urnKey = keyOf(source, path.urn) as string;
    if (path.attr === '') {
      target[urnKey] = source[urnKey];
      return;
    }
    to = (target[urnKey] as Json | undefined) ?? (target[urnKey] = {});
  }
  const key = keyOf(from, path.attr);
  if (!key) return;
  const value = from[key];
  if (!path.sub || (!isJsonObject(value) && !Array.isArray(value))) {
    to[key] = value;
    return;
  }
  to[key] = Array.isArray(value) ? value.map((element) => pick(element, path.sub as string)) : pick(value, path.sub);
}

function pick(value: JsonValue, sub: string): JsonValue {
  if (!isJsonObject(value)) return value;
  const key = keyOf(value, sub);
  return key ? { [key]: value[key] } : {};
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

/** The resource as the client asked to see it. `extensionUrns` are the schema URNs used as keys. */
export function project(
  resource: Json,
  request: { attributes: readonly string[]; excludedAttributes: readonly string[] },
  extensionUrns: readonly string[],
): Json {
  if (request.attributes.length > 0) {
    const out: Json = {};
    for (const key of ALWAYS) if (key in resource) out[key] = resource[key];
    for (const text of request.attributes) copyPath(resource, out, parsePath(text, extensionUrns));
    return out;
  }
  if (request.excludedAttributes.length === 0) return resource;
  const out = structuredClone(resource);
  for (const text of request.excludedAttributes) removePath(out, parsePath(text, extensionUrns));
  return out;
}
