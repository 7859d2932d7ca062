import type { Command } from 'commander';
import { withDatabase } from './database';
import { printOutput, type CliIo } from './io';
import type { JsonOption } from './command';

/** `migrate`: opening the database applies pending migrations; this reports which. */
export function registerMigrateCommand(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('apply pending database migrations; prints {"applied":[…]} with --json')
    .option('--json', 'print one JSON object on stdout')
    .action(async (options: JsonOption) => {
      const applied = await withDatabase(io, async (db) => db.applied);
      const text = applied.length === 0 ? 'Database is up to date.' : `Applied ${applied.length} migration(s):\n${applied.join('\n')}`;
      printOutput(io, { json: { applied }, text }, options.json === true);
    });
}
