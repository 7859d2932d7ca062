"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.queryBracketLimit = void 0;
exports.bracketDepth = bracketDepth;
exports.graphqlInputProblem = graphqlInputProblem;
exports.graphqlInputGuard = graphqlInputGuard;
const errors_1 = require("../common/errors");
const input_guard_1 = require("../common/input-guard");
const errors_2 = require("./errors");
/**
 * Brackets (`{`, `[`, `(`) a query may nest outside its strings and comments: its selections
 * (at most `maxQueryDepth`) plus input literals as deep as variables may be, plus slack for
 * arguments and directives. graphql-js parses recursively: a literal nested 3,000 deep would
 * overflow its stack.
 */
const queryBracketLimit = (maxQueryDepth) => maxQueryDepth + input_guard_1.MAX_INPUT_DEPTH + 8;
exports.queryBracketLimit = queryBracketLimit;
/** The deepest bracket nesting of a GraphQL source text, strings (also block strings) and comments skipped; stops past `limit`. */
function bracketDepth(text, limit) {
    let depth = 0;
    let deepest = 0;
    for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c === 0x23 /* # */) {
            while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d)
                i += 1;
        }
        else if (c === 0x22 /* " */) {
            if (text.startsWith('"""', i)) {
                // A block string ends at the first """ not escaped as \""" (GraphQL spec, BlockStringCharacter).
                let end = text.indexOf('"""', i + 3);
                while (end > 0 && text.charCodeAt(end - 1) === 0x5c)
                    end = text.indexOf('"""', end + 3);
                i = end < 0 ? text.length : end + 2;
            }
            else {
                for (i += 1; i < text.length && text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x0a; i += 1)
                    if (text.charCodeAt(i) === 0x5c)
                        i += 1;
            }
        }
        else if (c === 0x7b || c === 0x5b || c === 0x28) {
            depth += 1;
            if (depth > deepest)
                deepest = depth;
            if (deepest > limit)
                return deepest;
        }
        else if (c === 0x7d || c === 0x5d || c === 0x29)
            depth -= 1;
    }
    return deepest;
}
/** GET carries variables as JSON text: checked as what it decodes to (Apollo reports text that is not JSON). */
function jsonOrText(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
const badInput = (message, field) => new errors_1.DomainError('BAD_USER_INPUT', message, { field });
/** The first problem of a GraphQL request's parameters (POST body or GET query string), or null. */
function graphqlInputProblem(params, bracketLimit) {
    const { query, variables, operationName, extensions } = params;
    if (typeof query === 'string') {
        const problem = (0, input_guard_1.stringProblem)(query);
        if (problem)
            return badInput((0, input_guard_1.describeInputFault)({ problem, path: '' }, 'query'), 'query');
        if (bracketDepth(query, bracketLimit) > bracketLimit)
            return badInput(`query nests deeper than ${bracketLimit} brackets`, 'query');
    }
    if (typeof operationName === 'string' && (0, input_guard_1.stringProblem)(operationName))
        return badInput('operationName is not valid Unicode without NUL', 'operationName');
    for (const [name, raw] of [['variables', variables], ['extensions', extensions]]) {
        const fault = (0, input_guard_1.findInputFault)(typeof raw === 'string' ? jsonOrText(raw) : raw);
        if (fault)
            return badInput((0, input_guard_1.describeInputFault)(fault, name), fault.path ? `${name}.${fault.path}` : name);
    }
    return null;
}
/**
 * Express middleware in front of Apollo on `/graphql`: strings without NUL or unpaired
 * surrogates, variables no deeper than MAX_INPUT_DEPTH, a query text no deeper than its bracket
 * limit. Anything else: 400 BAD_USER_INPUT naming the field, before the query is parsed.
 */
function graphqlInputGuard(maxQueryDepth) {
    const limit = (0, exports.queryBracketLimit)(maxQueryDepth);
    return (req, res, next) => {
        const params = req.method === 'GET' ? req.query : req.body;
        const problem = params && typeof params === 'object' ? graphqlInputProblem(params, limit) : null;
        if (problem)
            return (0, errors_2.sendDomainError)(res, problem);
        next();
    };
}
//# sourceMappingURL=graphql-input.js.map