import {
  findAttribute,
  findCoreAttribute,
  findSchema,
  isMultiValuedComplex,
  type ScimAttributeDefinition,
  type ScimResourceCatalogue,
  type ScimSchemaDefinition,
} from './catalogue';
import { patchError } from './patch-errors';
import { parseValueFilter, type ValueFilter } from './value-filter';

/**
 * A PATCH `path` split into its parts (RFC 7644 §3.5.2, Figure 7):
 * `[urn ":"] attribute ["[" filter "]"] ["." subAttribute]`.
 */
export interface ParsedPatchPath {
  /** The schema URN prefix as written, e.g. `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`. */
  readonly urn?: string;
  readonly attribute: string;
  readonly filter?: ValueFilter;
  readonly subAttribute?: string;
}

const NAME = /^[A-Za-z$][\w$-]*$/;

const invalidPath = (path: string, why: string): Error => patchError('invalidPath', `Invalid PATCH path "${path}": ${why}`);

/** Parses a PATCH path without schema knowledge; attribute names keep the client's spelling. */
export function parsePatchPath(path: string): ParsedPatchPath {
  const text = path.trim();
  const bracket = text.indexOf('[');
  const head = bracket < 0 ? text : text.slice(0, bracket);
  // Attribute names never contain ':', so the URN ends at the last ':' before any filter
  // (RFC 7644 §3.10: `urn:…:enterprise:2.0:User:manager.value`).
  const colon = /^urn:/i.test(text) ? head.lastIndexOf(':') : -1;
  const urn = colon < 0 ? undefined : text.slice(0, colon);
  const rest = colon < 0 ? text : text.slice(colon + 1);
  const open = rest.indexOf('[');
  if (open < 0) {
    const [attribute, subAttribute, extra] = rest.split('.');
    if (extra !== undefined || !NAME.test(attribute) || (subAttribute !== undefined && !NAME.test(subAttribute))) {
      throw invalidPath(path, 'expected attribute or attribute.subAttribute');
    }
    return { urn, attribute, subAttribute };
  }
  const attribute = rest.slice(0, open);
  const close = closingBracket(rest, open);
  if (!NAME.test(attribute) || close < 0) throw invalidPath(path, 'expected attribute[filter]');
  const after = rest.slice(close + 1);
  const subAttribute = after === '' ? undefined : after.slice(1);
  if (subAttribute !== undefined && (!after.startsWith('.') || !NAME.test(subAttribute))) {
    throw invalidPath(path, 'expected attribute[filter].subAttribute');
  }
  return { urn, attribute, filter: parseValueFilter(rest.slice(open + 1, close)), subAttribute };
}

/** The index of the `]` closing the `[` at `open`, skipping quoted filter literals. */
function closingBracket(text: string, open: number): number {
  let quoted = false;
  for (let index = open + 1; index < text.length; index += 1) {
    const char = text[index];
    if (quoted && char === '\\') index += 1;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && char === ']') return index;
  }
  return -1;
}

/** A path resolved against the catalogue: where the attribute lives and its definitions. */
export interface PatchTarget {
  /** The extension holding the attribute, or null for the core schema and common attributes. */
  readonly extension: ScimSchemaDefinition | null;
  readonly attribute: ScimAttributeDefinition;
  readonly filter?: ValueFilter;
  readonly subAttribute?: ScimAttributeDefinition;
}

/**
 * Resolves a parsed path. A path naming an attribute or schema the catalogue does not define
 * answers 400 invalidPath: RFC 7644 §3.5.2 Table 9 reserves `noTarget` for a well-formed path whose
 * filter matches no value, while a path outside the schema is "invalid" (§3.5.2, Table 9 invalidPath)
 * and can never yield a target. Returns undefined instead when `lenient` (path-less value keys,
 * where unknown attributes are ignored).
 */
export function resolvePatchPath(
  catalogue: ScimResourceCatalogue,
  parsed: ParsedPatchPath,
  source: string,
  lenient = false,
): PatchTarget | undefined {
  const fail = (why: string): undefined => {
    if (lenient) return undefined;
    throw invalidPath(source, why);
  };
  const schema = parsed.urn === undefined ? catalogue.core : findSchema(catalogue, parsed.urn);
  if (!schema) return fail(`unknown schema ${parsed.urn}`);
  const extension = schema === catalogue.core ? null : schema;
  const attribute = extension
    ? findAttribute(extension.attributes, parsed.attribute)
    : findCoreAttribute(catalogue, parsed.attribute);
  if (!attribute) return fail(`unknown attribute ${parsed.attribute}`);
  if (parsed.filter && !isMultiValuedComplex(attribute)) {
    return fail(`${attribute.name} is not a multi-valued complex attribute`);
  }
  if (parsed.subAttribute === undefined) return { extension, attribute, filter: parsed.filter };
  const subAttribute = findAttribute(attribute.subAttributes, parsed.subAttribute);
  if (!subAttribute) return fail(`unknown sub-attribute ${attribute.name}.${parsed.subAttribute}`);
  return { extension, attribute, filter: parsed.filter, subAttribute };
}
