"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkStringLiterals = checkStringLiterals;
const graphql_1 = require("graphql");
const errors_1 = require("../common/errors");
const input_guard_1 = require("../common/input-guard");
/**
 * Throws BAD_USER_INPUT when a string literal of the document (`"a\u0000"`, an escaped lone
 * surrogate) holds a NUL or is not valid Unicode: variables are checked at the door, literals
 * only exist once the query is parsed. graphql-js's `visit` walks without recursion.
 */
function checkStringLiterals(document) {
    (0, graphql_1.visit)(document, {
        StringValue(node) {
            const problem = (0, input_guard_1.stringProblem)(node.value);
            if (!problem)
                return;
            const at = node.loc ? ` (line ${node.loc.startToken.line}, column ${node.loc.startToken.column})` : '';
            throw new errors_1.DomainError('BAD_USER_INPUT', `${(0, input_guard_1.describeInputFault)({ problem, path: '' }, 'A string literal')}${at}`, { field: 'query' });
        },
    });
}
//# sourceMappingURL=literals.js.map