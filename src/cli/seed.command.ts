import type { Command } from 'commander';
import { seedOrganization } from '../domain/seed/seed.service';
import { execute, wholeNumber, type JsonOption } from './command';
import type { CliIo } from './io';
import { resolveOrganization } from './organization';
import { createProgress } from './progress';

interface SeedOptions extends JsonOption {
  org: string;
  users: number;
  teams: number;
  batchSize?: number;
}

/** `seed`: bulk test data, with a progress bar on stderr. */
export function registerSeedCommand(program: Command, io: CliIo): void {
  program
    .command('seed')
    .description('create N users (one primary work email each, a few IdP admins) and N teams with members')
    .requiredOption('--org <idOrSlug>', 'organization id or slug')
    .requiredOption('--users <n>', 'users to create', wholeNumber)
    .requiredOption('--teams <n>', 'teams to create; each user joins one to three of them', wholeNumber)
    .option('--batch-size <n>', 'users per transaction (default 5000)', wholeNumber)
    .option('--json', 'print one JSON object on stdout')
    .action((options: SeedOptions) =>
      execute(io, options, async (db) => {
        const org = await resolveOrganization(db, io, options.org);
        const progress = createProgress(io.stderr, 'seed');
        const started = Date.now();
        try {
          const result = await seedOrganization(db.context(org.id), {
            users: options.users,
            teams: options.teams,
            batchSize: options.batchSize,
            onProgress: (done, total) => progress.update(done, total),
          });
          const seconds = Math.round((Date.now() - started) / 100) / 10;
          const names = result.firstUserName ? ` (${result.firstUserName} … ${result.lastUserName})` : '';
          return {
            json: { ...result, seconds },
            text: `Seeded ${result.users} users${names}, ${result.teams} teams, ${result.memberships} memberships and ${result.admins} IdP admins into ${org.slug} in ${seconds} s`,
          };
        } finally {
          progress.stop();
        }
      }),
    );
}
