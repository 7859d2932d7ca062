import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * STYLE.md "What may import what", enforced on every import, export-from, require() and
 * import() under src/. Decisions beyond the table: db/ may also import config.ts (its
 * DatabaseConfig type); graphql/ may use @mikro-orm/core only as `import type` (types of
 * the EntityManager it is handed), never to query or decorate; any folder may read the JSON
 * documents in schema/ (the SCIM schemas served by /Schemas), nothing else outside src/.
 *
 * Packages and folders allowed beyond the table, each for one reason:
 * - common/ → uuid: common/ids.ts makes and checks the UUIDv7 ids every aggregate uses.
 * - graphql/ → graphql-query-complexity (graphql/complexity.ts refuses a query over its cost
 *   limit before it runs) and graphql-scalars (the JSON scalar of an audit change's before and after).
 * - scim/ → @graphql-typed-document-node/core, as `import type` only: the type of the generated
 *   typed documents that carry the seam's types (erased at compile time).
 * - bench/ → http/: the benchmarks drive the real app in-process, as main.ts does; bench/ is a
 *   second process entry that may import anything, and nothing else in src/ imports it.
 * Rules the table does not name: cli/ (with cli.ts) reaches the application as main.ts does,
 * through domain/, db/, common/ and config, never through a door (graphql/, scim/, http/); of
 * packages it uses commander and cli-progress (the command line), @mikro-orm/core (the ORM it
 * migrates and seeds) and reflect-metadata (loaded first by a process entry, for the entities'
 * decorators).
 *
 * A second check (below) looks for casts of an execution result in scim/. It matches the operand's
 * text (`.data`, `result`, `execute(`, `run(`), not its type, so it catches the usual spellings only.
 */

const SRC = resolve(__dirname, '..', 'src');

interface ImportRef {
  /** The module specifier as written. */
  specifier: string;
  /** Folder under src/ (`domain`, `graphql`, …, or a top-level file name) for local imports; null for packages. */
  target: string | null;
  typeOnly: boolean;
}

interface Rule {
  name: string;
  /** Which source files the rule applies to (path relative to src/, `/` separators). */
  appliesTo: (file: string) => boolean;
  /** A reason when `ref` breaks the rule, otherwise null. */
  check: (ref: ImportRef) => string | null;
}

const isBuiltin = (s: string): boolean => s.startsWith('node:');
const packageName = (s: string): string => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);

/** Local imports may reach only `folders`; packages only `packages` (plus node: built-ins). */
function allowOnly(folders: string[], packages: string[], extra: (ref: ImportRef) => boolean = () => false) {
  return (ref: ImportRef): string | null => {
    if (extra(ref) || ref.target?.startsWith('../')) return null;
    if (ref.target !== null) return folders.includes(ref.target) ? null : `may not import src/${ref.target}`;
    if (isBuiltin(ref.specifier) || packages.includes(packageName(ref.specifier))) return null;
    return `may not import the package ${ref.specifier}`;
  };
}

const inFolder = (folder: string) => (file: string) => file.startsWith(`${folder}/`);

const RULES: Rule[] = [
  { name: 'common/ imports nothing from src/, and of packages only uuid (ids)', appliesTo: inFolder('common'), check: allowOnly(['common'], ['uuid']) },
  {
    name: 'domain/ imports only common/ and @mikro-orm/core',
    appliesTo: inFolder('domain'),
    check: allowOnly(['domain', 'common'], ['@mikro-orm/core']),
  },
  {
    name: 'graphql/ imports only domain/, common/ and the GraphQL libraries (@mikro-orm/core as types only)',
    appliesTo: inFolder('graphql'),
    check: allowOnly(
      ['graphql', 'domain', 'common'],
      ['type-graphql', 'graphql', 'dataloader', 'graphql-query-complexity', 'graphql-scalars'],
      (ref) => ref.typeOnly && ref.specifier === '@mikro-orm/core',
    ),
  },
  {
    name: 'scim/ imports only common/, graphql-js and express',
    appliesTo: inFolder('scim'),
    check: allowOnly(['scim', 'common'], ['graphql', 'express'], (ref) => ref.typeOnly && ref.specifier === '@graphql-typed-document-node/core'),
  },
  {
    name: 'cli/ imports only domain/, db/, common/, config and its command-line packages (never graphql/, scim/ or http/)',
    appliesTo: (file) => file === 'cli.ts' || file.startsWith('cli/'),
    check: allowOnly(['cli', 'domain', 'db', 'common', 'config.ts'], ['commander', 'cli-progress', '@mikro-orm/core', 'reflect-metadata']),
  },
  {
    name: 'db/ imports only domain/, common/, config and @mikro-orm/*',
    appliesTo: inFolder('db'),
    check: allowOnly(['db', 'domain', 'common', 'config.ts'], [], (ref) => ref.target === null && ref.specifier.startsWith('@mikro-orm/')),
  },
  {
    name: 'src/ reaches outside src/ only for the data files in schema/',
    appliesTo: () => true,
    check: (ref) => (ref.target?.startsWith('../') && !/^\.\.\/schema\/.+\.json$/.test(ref.target) ? 'leaves src/' : null),
  },
  {
    // bench/ drives the real app in-process, as main.ts does: it is a second process entry, never imported.
    name: 'only main.ts and bench/ import http/ (the composition root)',
    appliesTo: (file) => file !== 'main.ts' && !file.startsWith('http/') && !file.startsWith('bench/'),
    check: (ref) => (ref.target === 'http' ? 'may not import src/http' : null),
  },
  {
    name: 'nothing in src/ outside bench/ imports bench/',
    appliesTo: (file) => !file.startsWith('bench/'),
    check: (ref) => (ref.target === 'bench' ? 'may not import src/bench' : null),
  },
];

/** Every module reference in a source text, with whether it is erased at compile time. */
function importsOf(source: string, fileName: string): { specifier: string; typeOnly: boolean }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const allInlineTypes = !!named && named.length > 0 && !clause?.name && named.every((e) => e.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause && (clause.isTypeOnly || allInlineTypes) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) found.push({ specifier: expr.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if (isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The src/ folder (or top-level file) a relative specifier in `file` points at; null for packages. */
function targetOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(SRC, resolve(SRC, dirname(file), specifier)).split(sep);
  if (target[0] === '..') return `../${target.slice(1).join('/')}`;
  return target.length === 1 ? `${target[0].replace(/\.(js|ts)$/, '')}.ts` : target[0];
}

/** Rule violations of one source text, as `rule: file imports 'x' (reason)`. */
function violations(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const { specifier, typeOnly } of importsOf(source, file)) {
    const ref: ImportRef = { specifier, target: targetOf(file, specifier), typeOnly };
    for (const rule of RULES.filter((r) => r.appliesTo(file))) {
      const reason = rule.check(ref);
      if (reason) problems.push(`${rule.name}: src/${file} imports '${specifier}' (${reason})`);
    }
  }
  return problems;
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split(sep).join('/')] : [];
  });
}

const FILES = sourceFiles();
const found = new Map<string, string[]>();
const violationsOfFile = (file: string): string[] => {
  if (!found.has(file)) found.set(file, violations(file, readFileSync(join(SRC, file), 'utf8')));
  return found.get(file) ?? [];
};

describe('architecture: import rules of STYLE.md', () => {
  it('finds the source files', () => {
    expect(FILES).toEqual(expect.arrayContaining(['config.ts', 'domain/context.ts', 'graphql/schema.ts']));
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    const broken = FILES.filter(rule.appliesTo).flatMap((file) => violationsOfFile(file).filter((v) => v.startsWith(`${rule.name}:`)));
    expect(broken).toEqual([]);
  });
});

describe('architecture: the rule engine itself', () => {
  it.each([
    ['domain/user/user.service.ts', "import { Arg } from 'type-graphql';", 'domain/ imports only'],
    ['domain/user/user.service.ts', "import { knex } from '@mikro-orm/knex';", 'domain/ imports only'],
    ['domain/user/user.service.ts', "import {\n  createSchema,\n} from '../../graphql/schema';", 'domain/ imports only'],
    ['domain/user/user.service.ts', "const orm = require('../../db/orm');", 'domain/ imports only'],
    ['scim/users.handler.ts', "import { User } from '../domain/user/user.entity';", 'scim/ imports only'],
    ['scim/users.handler.ts', "export { createSchema } from '../graphql/schema';", 'scim/ imports only'],
    ['scim/users.handler.ts', "const m = await import('@mikro-orm/core');", 'scim/ imports only'],
    ['graphql/user/user.resolver.ts', "import { EntityManager } from '@mikro-orm/core';", 'graphql/ imports only'],
    ['graphql/user/user.resolver.ts', "import { router } from '../../scim/router';", 'graphql/ imports only'],
    ['common/errors.ts', "import { Actor } from '../domain/context';", 'common/ imports nothing'],
    ['db/orm.ts', "import { createApp } from '../http/app';", 'db/ imports only'],
    ['cli.ts', "import { createApp } from './http/app';", 'only main.ts and bench/ import http/'],
    ['cli/org.command.ts', "import { createSchema } from '../graphql/schema';", 'cli/ imports only'],
    ['cli/org.command.ts', "import { scimRouter } from '../scim/router';", 'cli/ imports only'],
    ['cli.ts', "import { createApp } from './http/app';", 'cli/ imports only'],
    ['http/app.ts', "import { runBench } from '../bench/main';", 'nothing in src/ outside bench/ imports bench/'],
    ['scim/users.handler.ts', "import config from '../../mikro-orm.config';", 'outside src/ only'],
  ])('catches %s: %j', (file, source, rule) => {
    expect(violations(file, source)).toEqual(expect.arrayContaining([expect.stringContaining(rule)]));
  });

  it.each([
    ['graphql/user/user.resolver.ts', "import type { EntityManager } from '@mikro-orm/core';"],
    ['graphql/user/user.resolver.ts', "import { type EntityManager } from '@mikro-orm/core';"],
    ['domain/user/user.service.ts', "import { randomUUID } from 'node:crypto';\nimport { Entity } from '@mikro-orm/core';"],
    ['main.ts', "import { createApp } from './http/app';"],
    ['bench/harness.ts', "import { createApp } from '../http/app';"],
    ['bench/harness.ts', "import { createSchema } from '../graphql/schema';\nimport { measure } from './measure';"],
    ['cli/database.ts', "import { createOrm } from '../db/orm';\nimport { loadConfig } from '../config';\nimport { Command } from 'commander';"],
    ['http/app.ts', "import { createSchema } from '../graphql/schema';"],
    ['scim/schemas.ts', "import role from '../../schema/scim/writer-role.json';"],
    ['scim/router.ts', "import { parse } from 'graphql';\nimport { Router } from 'express';\n// import { User } from '../domain/user/user.entity';"],
  ])('allows %s: %j', (file, source) => {
    expect(violations(file, source)).toEqual([]);
  });
});

/**
 * STYLE.md "The seam carries typed data": the façade's results are typed by their documents, so a
 * cast of an execution result in scim/ (`result.data as T`, `(await execute(…)) as T`) is a defect.
 * Generated code is exempt: it types the documents.
 */
function resultCasts(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const casts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const operand = node.expression.getText(tree);
      if (/\.data\b|\bresult\b|\bexecute\(|\brun\(/.test(operand)) casts.push(`src/${file}: ${node.getText(tree)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return casts;
}

describe('architecture: scim/ never casts an execution result', () => {
  it('holds for every file of scim/', () => {
    const files = FILES.filter((file) => file.startsWith('scim/') && !file.endsWith('.generated.ts'));
    expect(files.flatMap((file) => resultCasts(file, readFileSync(join(SRC, file), 'utf8')))).toEqual([]);
  });

  it.each([
    ['return result.data as T;'],
    ['const users = (await execute(document, variables, context)) as UsersResult;'],
    ['const { user } = (await run(doc, vars)) as { user: User };'],
    ['const x = <Result>result;'],
  ])('catches %j', (source) => {
    expect(resultCasts('scim/example.ts', source)).toHaveLength(1);
  });

  it('allows other assertions', () => {
    expect(resultCasts('scim/example.ts', 'const input = built as UserInput;\nconst names = ["a"] as const;')).toEqual([]);
  });
});
