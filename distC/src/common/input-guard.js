"use strict";
/**
 * The checks every input passes at the edge of either door, before anything reads it: strings
 * hold no NUL (U+0000, which PostgreSQL cannot store and SQLite cuts) and no unpaired surrogate
 * (not Unicode: no database stores it faithfully), and JSON nests no deeper than a limit (deep
 * nesting overflows parsers and stacks further in). One pass over the parsed value; nothing is
 * copied or serialised again.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_INPUT_DEPTH = void 0;
exports.stringProblem = stringProblem;
exports.findInputFault = findInputFault;
exports.describeInputFault = describeInputFault;
/** Deepest nesting of objects and arrays accepted in a request body or in GraphQL variables. */
exports.MAX_INPUT_DEPTH = 32;
/** What is wrong with one string, or null. */
function stringProblem(text) {
    if (text.includes('\u0000'))
        return 'nul';
    return text.isWellFormed() ? null : 'surrogate';
}
/** A readable name for a key; keys that are themselves bad are not echoed. */
const stepText = (step, first) => typeof step === 'number' ? `[${step}]` : stringProblem(step) ? `${first ? '' : '.'}(a key)` : `${first ? '' : '.'}${step}`;
/** Steps named in a path at most: a fault 32 levels down is named by where it starts. */
const MAX_PATH_STEPS = 8;
const pathText = (steps) => {
    const text = steps.slice(0, MAX_PATH_STEPS).map((step, index) => stepText(step, index === 0)).join('');
    return steps.length > MAX_PATH_STEPS ? `${text}…` : text;
};
/** Walks `value`; on the first fault returns the steps to it (reversed, filled in on the way out). */
function walk(value, depth, maxDepth) {
    if (typeof value === 'string') {
        const problem = stringProblem(value);
        return problem ? { problem, steps: [] } : null;
    }
    if (typeof value !== 'object' || value === null)
        return null;
    if (depth >= maxDepth)
        return { problem: 'depth', steps: [] };
    if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) {
            const fault = walk(value[index], depth + 1, maxDepth);
            if (fault)
                return fault.steps.push(index), fault;
        }
        return null;
    }
    for (const key of Object.keys(value)) {
        const keyProblem = stringProblem(key);
        const fault = keyProblem ? { problem: keyProblem, steps: [] } : walk(value[key], depth + 1, maxDepth);
        if (fault)
            return fault.steps.push(key), fault;
    }
    return null;
}
/**
 * The first fault in a JSON-like value (strings, numbers, booleans, null, arrays, plain objects),
 * keys included, or null when it is clean. The value itself counts as depth 1 when it is an
 * object or array; `maxDepth` levels are accepted.
 */
function findInputFault(value, maxDepth = exports.MAX_INPUT_DEPTH) {
    const fault = walk(value, 0, maxDepth);
    return fault ? { problem: fault.problem, path: pathText(fault.steps.reverse()) } : null;
}
/** A message naming the fault, e.g. `userName contains a NUL character (U+0000)`; `subject` names the whole value. */
function describeInputFault(fault, subject, maxDepth = exports.MAX_INPUT_DEPTH) {
    const where = fault.path === '' ? subject : fault.path;
    if (fault.problem === 'depth')
        return `${where === subject ? subject : `${subject} at ${where}`} nests deeper than ${maxDepth} levels`;
    return fault.problem === 'nul'
        ? `${where} contains a NUL character (U+0000), which is not allowed`
        : `${where} contains an unpaired surrogate: it is not valid Unicode`;
}
//# sourceMappingURL=input-guard.js.map