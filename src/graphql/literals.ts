import { visit, type DocumentNode } from 'graphql';
import { DomainError } from '../common/errors';
import { describeInputFault, stringProblem } from '../common/input-guard';

/**
 * Throws BAD_USER_INPUT when a string literal of the document (`"a\u0000"`, an escaped lone
 * surrogate) holds a NUL or is not valid Unicode: variables are checked at the door, literals
 * only exist once the query is parsed. graphql-js's `visit` walks without recursion.
 */
export function checkStringLiterals(document: DocumentNode): void {
  visit(document, {
    StringValue(node) {
      const problem = stringProblem(node.value);
      if (!problem) return;
      const at = node.loc ? ` (line ${node.loc.startToken.line}, column ${node.loc.startToken.column})` : '';
      throw new DomainError('BAD_USER_INPUT', `${describeInputFault({ problem, path: '' }, 'A string literal')}${at}`, { field: 'query' });
    },
  });
}
