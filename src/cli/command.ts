import { InvalidArgumentError } from 'commander';
import { withDatabase, reportMigrations, type CliDatabase } from './database';
import { printOutput, type CliIo, type CommandOutput } from './io';

/** Options every command accepts. */
export interface JsonOption {
  json?: boolean;
}

/** Runs one command against the database and prints what it produced. */
export async function execute(io: CliIo, options: JsonOption, work: (db: CliDatabase) => Promise<CommandOutput>): Promise<void> {
  const output = await withDatabase(io, async (db) => {
    reportMigrations(io, db.applied);
    return work(db);
  });
  printOutput(io, output, options.json === true);
}

/** Commander argument parser for `--users N` and the like. */
export function wholeNumber(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}
