"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.project = project;
const json_1 = require("./json");
const ALWAYS = ['id', 'schemas'];
const keyOf = (object, name) => (0, json_1.keysNamed)(object, name)[0];
/** Splits `urn:…:User:attr.sub` at the last colon; a filter suffix (`emails[type eq "work"]`) is dropped. */
function parsePath(text, extensionUrns) {
    const name = text.replace(/\[.*$/, '').trim();
    const lower = name.toLowerCase();
    const urn = extensionUrns.find((u) => lower.startsWith(`${u.toLowerCase()}:`));
    if (urn) {
        const [attr, sub] = name.slice(urn.length + 1).split('.');
        return { urn: urn.toLowerCase(), attr, sub: sub ?? null };
    }
    if (extensionUrns.some((u) => u.toLowerCase() === lower))
        return { urn: lower, attr: '', sub: null };
    const bare = lower.startsWith('urn:') ? name.slice(name.lastIndexOf(':') + 1) : name;
    const [attr, sub] = bare.split('.');
    return { urn: null, attr, sub: sub ?? null };
}
function containerOf(resource, path) {
    if (!path.urn)
        return resource;
    const key = keyOf(resource, path.urn);
    return key && (0, json_1.isJsonObject)(resource[key]) ? resource[key] : undefined;
}
function select(selection, path) {
    let within = selection;
    if (path.urn) {
        const extension = selection.get(path.urn);
        if (extension === true)
            return;
        if (path.attr === '') {
            selection.set(path.urn, true);
            return;
        }
        within = extension instanceof Map ? extension : new Map();
        selection.set(path.urn, within);
    }
    const attr = path.attr.toLowerCase();
    const chosen = within.get(attr);
    if (chosen === true)
        return;
    if (!path.sub)
        within.set(attr, true);
    else
        within.set(attr, (chosen instanceof Set ? chosen : new Set()).add(path.sub.toLowerCase()));
}
/** The sub-attributes `subs` of a complex value, in the order the value holds them; other values as they are. */
function pick(value, subs) {
    if (!(0, json_1.isJsonObject)(value))
        return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => subs.has(key.toLowerCase())));
}
/** The attributes of `source` that `selection` names, in the order `source` holds them; a multi-valued one is narrowed per element. */
function render(source, selection) {
    const out = {};
    for (const [key, value] of Object.entries(source)) {
        const chosen = selection.get(key.toLowerCase());
        if (chosen === true)
            out[key] = value;
        else if (chosen instanceof Map) {
            if ((0, json_1.isJsonObject)(value))
                out[key] = render(value, chosen);
        }
        else if (chosen)
            out[key] = Array.isArray(value) ? value.map((element) => pick(element, chosen)) : pick(value, chosen);
    }
    return out;
}
function removePath(resource, path) {
    const container = containerOf(resource, path);
    if (!container)
        return;
    if (path.urn && path.attr === '') {
        delete resource[keyOf(resource, path.urn)];
        return;
    }
    const key = keyOf(container, path.attr);
    if (!key || (ALWAYS.includes(key) && !path.urn))
        return;
    const value = container[key];
    if (!path.sub)
        delete container[key];
    else
        for (const element of Array.isArray(value) ? value : [value])
            if ((0, json_1.isJsonObject)(element))
                delete element[keyOf(element, path.sub) ?? ''];
}
/**
 * Drops each extension object the projection left empty, and lists in `schemas` only the extensions
 * still present: RFC 7643 §3 `schemas` names the schemas of the attributes the structure holds, as
 * the rendered resource does before projection (an unassigned extension is neither keyed nor listed).
 */
function dropEmptyExtensions(out, extensionUrns) {
    for (const urn of extensionUrns) {
        for (const key of (0, json_1.keysNamed)(out, urn)) {
            const value = out[key];
            if (!(0, json_1.isJsonObject)(value) || Object.keys(value).length === 0)
                delete out[key];
        }
    }
    const listed = (urn) => typeof urn !== 'string' || !extensionUrns.some((u) => (0, json_1.sameName)(u, urn)) || keyOf(out, urn) !== undefined;
    if (Array.isArray(out.schemas))
        out.schemas = out.schemas.filter(listed);
    return out;
}
/** The resource as the client asked to see it. `extensionUrns` are the schema URNs used as keys. */
function project(resource, request, extensionUrns) {
    if (request.attributes.length > 0) {
        const selection = new Map(ALWAYS.map((key) => [key, true]));
        for (const text of request.attributes)
            select(selection, parsePath(text, extensionUrns));
        return dropEmptyExtensions(render(resource, selection), extensionUrns);
    }
    if (request.excludedAttributes.length === 0)
        return resource;
    const out = structuredClone(resource);
    for (const text of request.excludedAttributes)
        removePath(out, parsePath(text, extensionUrns));
    return dropEmptyExtensions(out, extensionUrns);
}
//# sourceMappingURL=projection.js.map