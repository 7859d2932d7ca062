"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findSchema = exports.schemaUrns = exports.findAttribute = void 0;
exports.resolveAttrPath = resolveAttrPath;
exports.resolveSubAttribute = resolveSubAttribute;
const errors_1 = require("../errors");
const json_1 = require("../json");
const attr_path_1 = require("./attr-path");
const tokenizer_1 = require("./tokenizer");
/** The attribute of this name, ignoring case (RFC 7643 §2.1). */
const findAttribute = (attributes, name) => attributes?.find((attribute) => (0, json_1.sameName)(attribute.name, name));
exports.findAttribute = findAttribute;
/** The URNs a schema answers to: its id and its aliases. */
const schemaUrns = (schema) => [schema.id, ...(schema.aliases ?? [])];
exports.schemaUrns = schemaUrns;
/** The schema whose id or alias is `urn`, ignoring case (RFC 7644 §3.10: URNs are case-insensitive). */
const findSchema = (catalogue, urn) => [catalogue.core, ...(catalogue.extensions ?? [])].find((schema) => (0, exports.schemaUrns)(schema).some((candidate) => (0, json_1.sameName)(candidate, urn)));
exports.findSchema = findSchema;
/** The schema and attribute definition a path's `[schema:]attr` names. */
function findTop(catalogue, path, fail) {
    const extensions = catalogue.extensions ?? [];
    const shown = (0, tokenizer_1.quote)((0, attr_path_1.formatAttrPath)(path));
    if (path.schema !== undefined) {
        const urn = path.schema;
        const schema = (0, exports.findSchema)(catalogue, urn);
        if (!schema)
            return fail(`Unknown schema ${(0, tokenizer_1.quote)(urn)} in the attribute ${shown}`);
        const attribute = (0, exports.findAttribute)(schema.attributes, path.attr);
        return attribute ? { schema, attribute } : fail(`Unknown attribute ${shown}`);
    }
    const core = (0, exports.findAttribute)(catalogue.core.attributes, path.attr);
    if (core)
        return { schema: catalogue.core, attribute: core };
    // RFC 7644 §3.10 has clients qualify extension attributes; an unqualified name that only one extension defines is still unambiguous.
    const matches = extensions.flatMap((schema) => {
        const attribute = (0, exports.findAttribute)(schema.attributes, path.attr);
        return attribute ? [{ schema, attribute }] : [];
    });
    if (matches.length === 1)
        return matches[0];
    if (matches.length > 1)
        return fail(`The attribute ${shown} is ambiguous: qualify it with its schema URN`);
    return fail(`Unknown attribute ${shown}`);
}
/**
 * Resolves `[schema:]attr[.subAttr]` against a catalogue to its canonical path and definition.
 * Unknown (or, by default, non-filterable) attributes are a ScimError 400 naming the attribute.
 */
function resolveAttrPath(catalogue, path, options = {}) {
    const fail = (detail) => {
        throw new errors_1.ScimError(400, options.scimType ?? 'invalidFilter', detail);
    };
    const { schema, attribute } = findTop(catalogue, path, fail);
    const canonical = { attr: attribute.name };
    if (schema !== catalogue.core)
        canonical.schema = schema.id.toLowerCase();
    let resolved = { path: canonical, attribute };
    if (path.subAttr !== undefined) {
        if (attribute.type !== 'complex')
            fail(`The attribute ${(0, tokenizer_1.quote)(attribute.name)} has no sub-attribute ${(0, tokenizer_1.quote)(path.subAttr)}`);
        const sub = (0, exports.findAttribute)(attribute.subAttributes, path.subAttr);
        if (!sub)
            return fail(`Unknown attribute ${(0, tokenizer_1.quote)((0, attr_path_1.formatAttrPath)(path))}`);
        resolved = { path: { ...canonical, subAttr: sub.name }, attribute: sub, parent: attribute };
    }
    if ((options.filterable ?? true) && (!attribute.filterable || !resolved.attribute.filterable)) {
        fail(`Attribute ${(0, tokenizer_1.quote)((0, attr_path_1.formatAttrPath)(path))} cannot be used in a filter`);
    }
    return resolved;
}
/** The sub-attribute of a complex attribute, resolved the same way. */
function resolveSubAttribute(parent, name, shown, options = {}) {
    const fail = (detail) => {
        throw new errors_1.ScimError(400, options.scimType ?? 'invalidFilter', detail);
    };
    const sub = (0, exports.findAttribute)(parent.subAttributes, name) ?? fail(`Unknown attribute ${(0, tokenizer_1.quote)(shown)}`);
    if ((options.filterable ?? true) && !sub.filterable)
        fail(`Attribute ${(0, tokenizer_1.quote)(shown)} cannot be used in a filter`);
    return sub;
}
//# sourceMappingURL=catalogue.js.map