"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerTokenCommands = registerTokenCommands;
const commander_1 = require("commander");
const token_entity_1 = require("../domain/token/token.entity");
const token_service_1 = require("../domain/token/token.service");
const command_1 = require("./command");
const io_1 = require("./io");
const organization_1 = require("./organization");
/** Refuses scope/org combinations before the database is opened (exit status 2). */
function checkScope(options) {
    if (options.scope === 'internal' && options.org) {
        throw new io_1.UsageError('--org cannot be used with --scope internal: internal tokens reach every organization');
    }
    if (options.scope !== 'internal' && !options.org) {
        throw new io_1.UsageError(`--scope ${options.scope} needs --org ID_OR_SLUG`);
    }
    if (options.user !== undefined && options.user.trim() === '')
        throw new io_1.UsageError('--user needs a user id');
    if (options.user && options.scope !== 'admin' && options.scope !== 'read')
        throw new io_1.UsageError(`--user is for admin and read tokens, not ${options.scope}`);
    if (options.bootstrap && options.scope !== 'admin')
        throw new io_1.UsageError('--bootstrap is for admin tokens');
    if (options.bootstrap && options.user)
        throw new io_1.UsageError('--bootstrap makes a token of no user: leave out --user');
}
/** What `token list` shows: never the secret nor its hash. */
const describeToken = (t) => ({
    id: t.id,
    name: t.name,
    scope: t.scope,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
});
/** `token create`, `token revoke`, `token list`. */
function registerTokenCommands(program, io) {
    const token = program.command('token').description('manage API tokens');
    token
        .command('create')
        .description('create an API token; prints {"id","token"} with --json (the secret is shown only once)')
        .option('--org <idOrSlug>', 'organization id or slug (not with --scope internal)')
        .option('--create-org', 'create the organization --org names when none has that slug')
        .option('--user <userId>', 'issue the token to this user: an active org admin (admin), an active user (read)')
        .option('--bootstrap', 'an admin token of no user, for the first set-up (the default for admin without --user)')
        .addOption(new commander_1.Option('--scope <scope>', 'what the token may do').choices(token_entity_1.TOKEN_SCOPES).makeOptionMandatory())
        .requiredOption('--name <name>', 'a label, e.g. "okta"')
        .option('--json', 'print one JSON object on stdout')
        .action((options) => {
        checkScope(options);
        return (0, command_1.execute)(io, options, async (db) => {
            const org = options.org ? await (0, organization_1.resolveOrganization)(db, io, options.org, options.createOrg) : null;
            if (options.scope === 'admin' && !options.user && !options.bootstrap) {
                io.stderr.write('No --user: a bootstrap admin token, which belongs to no user (see README, "Tokens and scopes")\n');
            }
            const { token: created, secret } = await (0, token_service_1.createApiToken)(db.context(org?.id ?? null), {
                organizationId: org?.id ?? null,
                name: options.name,
                scope: options.scope,
                userId: options.user ?? null,
            });
            const where = org ? `organization ${org.slug}` : 'every organization';
            return {
                json: { id: created.id, token: secret },
                text: `Created ${created.scope} token ${created.id} (${created.name}) for ${where}:\n${secret}\nStore it now: it is shown only once.`,
            };
        });
    });
    token
        .command('revoke')
        .description('revoke a token by id (revoking twice is harmless)')
        .argument('<id>', 'token id')
        .option('--json', 'print one JSON object on stdout')
        .action((id, options) => (0, command_1.execute)(io, options, async (db) => {
        const revoked = await (0, token_service_1.revokeApiToken)(db.context(null), id);
        const revokedAt = revoked.revokedAt?.toISOString() ?? null;
        return { json: { id: revoked.id, revokedAt }, text: `Revoked token ${revoked.id} at ${revokedAt}` };
    }));
    token
        .command('list')
        .description("list an organization's tokens (never their secrets)")
        .requiredOption('--org <idOrSlug>', 'organization id or slug')
        .option('--json', 'print one JSON object on stdout')
        .action((options) => (0, command_1.execute)(io, options, async (db) => {
        const org = await (0, organization_1.resolveOrganization)(db, io, options.org);
        const tokens = (await (0, token_service_1.listApiTokens)(db.context(org.id), org.id)).map(describeToken);
        const lines = tokens.map((t) => `${t.id}  ${t.scope.padEnd(8)} ${t.prefix}…  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  ${t.name}`);
        return { json: { tokens }, text: lines.length === 0 ? `No tokens in ${org.slug}.` : lines.join('\n') };
    }));
}
//# sourceMappingURL=token.command.js.map