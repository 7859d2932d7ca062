#!/usr/bin/env node
/*
 * Removes the compiled server (dist/src) and tsc's incremental state before a build: tsc never
 * deletes the output of a source file that is gone, and the migrator loads every file in
 * dist/src/db/migrations, so a renamed or removed migration would otherwise still run.
 * The web bundle (dist/web) is left to its own build.
 */
const { rmSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
rmSync(join(dist, 'src'), { recursive: true, force: true });
rmSync(join(dist, '.tsbuildinfo'), { force: true });
