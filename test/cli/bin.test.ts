import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCliHarness, type CliHarness } from './harness';

const ROOT = resolve(__dirname, '..', '..');
/**
 * The same tsc build as `npm run build`, into a private folder: dist/ may be rebuilt at the
 * same time by `npm start` or another test. It sits under node_modules so the built code
 * resolves its packages exactly as dist/ does.
 */
const OUT = join(ROOT, 'node_modules', '.cache', 'scimgraph-bin-test');
const BIN = join(OUT, 'src', 'cli.js');

let cli: CliHarness;
beforeAll(async () => {
  // A fresh build: tsc keeps the output of deleted sources (a removed migration would still run).
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', OUT, '--tsBuildInfoFile', join(OUT, '.tsbuildinfo')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (build.error) throw build.error;
  cli = await createCliHarness();
}, 180_000);
afterAll(async () => cli.close());

const runBin = (...argv: string[]) =>
  spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...cli.env }, timeout: 60_000 });

describe('the built scimgraph bin', () => {
  it('is what package.json "bin" names, and starts with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ scimgraph: 'dist/src/cli.js' });
    expect(readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('creates an organization in a fresh database and prints one JSON object', () => {
    const result = runBin('org', 'create', '--name', 'Bin Test', '--json');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(JSON.parse(result.stdout)).sort()).toEqual(['id', 'name', 'slug']);
  });

  it('exits 2 on a usage error', () => {
    const result = runBin('token', 'create', '--scope', 'scim', '--name', 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--scope scim needs --org');
  });
});
