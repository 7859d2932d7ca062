import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { selectedFields } from '../../../src/graphql/common/selection';

const schema = buildSchema(`
  type Team { id: ID displayName: String }
  type User { id: ID userName: String emails: [String] teams: [Team] }
  type UserPage { nodes: [User] totalCount: Int }
  type Query { users: UserPage user: User }
`);

/** The fields `selectedFields` sees at `path` below the root field `field` when `document` runs with `variables`. */
function seen(document: string, field: 'users' | 'user', path: string[], variables: Record<string, unknown> = {}): string[] {
  let fields: string[] = [];
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    fields = [...selectedFields(info, path)].sort();
    return null;
  };
  const result = execute({ schema, document: parse(document), rootValue: { [field]: capture }, variableValues: variables });
  if ('errors' in result && result.errors) throw result.errors[0];
  return fields;
}

describe('selectedFields', () => {
  it('lists the fields selected on the value itself', () => {
    expect(seen('{ user { id userName } }', 'user', [])).toEqual(['id', 'userName']);
  });

  it('follows a path, and names fields, not aliases', () => {
    expect(seen('{ users { totalCount nodes { id mail: emails } } }', 'users', ['nodes'])).toEqual(['emails', 'id']);
  });

  it('spreads named and inline fragments, at every level', () => {
    const document = `
      query { users { ...Page } }
      fragment Page on UserPage { nodes { ...U ... on User { teams { id } } } }
      fragment U on User { id emails }`;
    expect(seen(document, 'users', ['nodes'])).toEqual(['emails', 'id', 'teams']);
    expect(seen(document, 'users', [])).toEqual(['nodes']);
  });

  it('merges the selections of a field selected twice', () => {
    expect(seen('{ users { nodes { id } nodes { emails } } }', 'users', ['nodes'])).toEqual(['emails', 'id']);
  });

  it('leaves out what @include(if: false) or @skip(if: true) leaves out, by literal or variable', () => {
    const document = `query ($withTeams: Boolean!, $skipMail: Boolean!) {
      user { id teams @include(if: $withTeams) { id } emails @skip(if: $skipMail) userName @include(if: true) }
    }`;
    expect(seen(document, 'user', [], { withTeams: false, skipMail: true })).toEqual(['id', 'userName']);
    expect(seen(document, 'user', [], { withTeams: true, skipMail: false })).toEqual(['emails', 'id', 'teams', 'userName']);
    expect(seen('query ($on: Boolean!) { users { nodes @include(if: $on) { id } } }', 'users', ['nodes'], { on: false })).toEqual([]);
  });

  it('keeps the walk of a compiled document, and answers each run by its own variables', async () => {
    const compiledSchema = buildSchema(`type User { id: ID teams: [String] } type UserPage { nodes: [User] } type Query { users: UserPage }`);
    const answers: ReadonlySet<string>[] = [];
    compiledSchema.getQueryType()!.getFields().users.resolve = (_root, _args, _ctx, info) => {
      answers.push(selectedFields(info, ['nodes']));
      return null;
    };
    const query = compileQuery(compiledSchema, parse('query ($withTeams: Boolean!) { users { nodes { id teams @include(if: $withTeams) } } }'));
    if (!isCompiledQuery(query)) throw new Error('not compiled');
    for (const withTeams of [true, false, true, true]) await query.query(undefined, {}, { withTeams });
    expect(answers.map((fields) => [...fields].sort())).toEqual([['id', 'teams'], ['id'], ['id', 'teams'], ['id', 'teams']]);
    // The same variables find the kept walk.
    expect(answers[3]).toBe(answers[2]);
  });

  it('gives nothing below a path that is not selected', () => {
    expect(seen('{ users { totalCount } }', 'users', ['nodes'])).toEqual([]);
  });
});
