import { Option, type Command } from 'commander';
import { TOKEN_SCOPES, type ApiToken, type TokenScope } from '../domain/token/token.entity';
import { createApiToken, listApiTokens, revokeApiToken } from '../domain/token/token.service';
import { execute, type JsonOption } from './command';
import { UsageError, type CliIo } from './io';
import { resolveOrganization } from './organization';

interface TokenCreateOptions extends JsonOption {
  org?: string;
  createOrg?: boolean;
  user?: string;
  bootstrap?: boolean;
  scope: TokenScope;
  name: string;
}

/** Refuses scope/org combinations before the database is opened (exit status 2). */
function checkScope(options: TokenCreateOptions): void {
  if (options.scope === 'internal' && options.org) {
    throw new UsageError('--org cannot be used with --scope internal: internal tokens reach every organization');
  }
  if (options.scope !== 'internal' && !options.org) {
    throw new UsageError(`--scope ${options.scope} needs --org ID_OR_SLUG`);
  }
  if (options.user !== undefined && options.user.trim() === '') throw new UsageError('--user needs a user id');
  if (options.user && options.scope !== 'admin' && options.scope !== 'read') throw new UsageError(`--user is for admin and read tokens, not ${options.scope}`);
  if (options.bootstrap && options.scope !== 'admin') throw new UsageError('--bootstrap is for admin tokens');
  if (options.bootstrap && options.user) throw new UsageError('--bootstrap makes a token of no user: leave out --user');
}

/** What `token list` shows: never the secret nor its hash. */
const describeToken = (t: ApiToken) => ({
  id: t.id,
  name: t.name,
  scope: t.scope,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

/** `token create`, `token revoke`, `token list`. */
export function registerTokenCommands(program: Command, io: CliIo): void {
  const token = program.command('token').description('manage API tokens');

  token
    .command('create')
    .description('create an API token; prints {"id","token"} with --json (the secret is shown only once)')
    .option('--org <idOrSlug>', 'organization id or slug (not with --scope internal)')
    .option('--create-org', 'create the organization --org names when none has that slug')
    .option('--user <userId>', 'issue the token to this user: an active org admin (admin), an active user (read)')
    .option('--bootstrap', 'an admin token of no user, for the first set-up (the default for admin without --user)')
    .addOption(new Option('--scope <scope>', 'what the token may do').choices(TOKEN_SCOPES).makeOptionMandatory())
    .requiredOption('--name <name>', 'a label, e.g. "okta"')
    .option('--json', 'print one JSON object on stdout')
    .action((options: TokenCreateOptions) => {
      checkScope(options);
      return execute(io, options, async (db) => {
        const org = options.org ? await resolveOrganization(db, io, options.org, options.createOrg) : null;
        if (options.scope === 'admin' && !options.user && !options.bootstrap) {
          io.stderr.write('No --user: a bootstrap admin token, which belongs to no user (see README, "Tokens and scopes")\n');
        }
        const { token: created, secret } = await createApiToken(db.context(org?.id ?? null), {
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
    .action((id: string, options: JsonOption) =>
      execute(io, options, async (db) => {
        const revoked = await revokeApiToken(db.context(null), id);
        const revokedAt = revoked.revokedAt?.toISOString() ?? null;
        return { json: { id: revoked.id, revokedAt }, text: `Revoked token ${revoked.id} at ${revokedAt}` };
      }),
    );

  token
    .command('list')
    .description("list an organization's tokens (never their secrets)")
    .requiredOption('--org <idOrSlug>', 'organization id or slug')
    .option('--json', 'print one JSON object on stdout')
    .action((options: JsonOption & { org: string }) =>
      execute(io, options, async (db) => {
        const org = await resolveOrganization(db, io, options.org);
        const tokens = (await listApiTokens(db.context(org.id), org.id)).map(describeToken);
        const lines = tokens.map((t) => `${t.id}  ${t.scope.padEnd(8)} ${t.prefix}…  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  ${t.name}`);
        return { json: { tokens }, text: lines.length === 0 ? `No tokens in ${org.slug}.` : lines.join('\n') };
      }),
    );
}
