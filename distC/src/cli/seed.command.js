"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerSeedCommand = registerSeedCommand;
const seed_service_1 = require("../domain/seed/seed.service");
const command_1 = require("./command");
const organization_1 = require("./organization");
const progress_1 = require("./progress");
/** `seed`: bulk test data, with a progress bar on stderr. */
function registerSeedCommand(program, io) {
    program
        .command('seed')
        .description('create N users (one primary work email each, a few IdP admins) and N teams with members')
        .requiredOption('--org <idOrSlug>', 'organization id or slug')
        .requiredOption('--users <n>', 'users to create', command_1.wholeNumber)
        .requiredOption('--teams <n>', 'teams to create; each user joins one to three of them', command_1.wholeNumber)
        .option('--batch-size <n>', 'users per transaction (default 5000)', command_1.wholeNumber)
        .option('--json', 'print one JSON object on stdout')
        .action((options) => (0, command_1.execute)(io, options, async (db) => {
        const org = await (0, organization_1.resolveOrganization)(db, io, options.org);
        const progress = (0, progress_1.createProgress)(io.stderr, 'seed');
        const started = Date.now();
        try {
            const result = await (0, seed_service_1.seedOrganization)(db.context(org.id), {
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
        }
        finally {
            progress.stop();
        }
    }));
}
//# sourceMappingURL=seed.command.js.map