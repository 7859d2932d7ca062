#!/usr/bin/env node
import 'reflect-metadata';
import { runCli } from './cli/run';

export { runCli } from './cli/run';

if (require.main === module) {
  void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
