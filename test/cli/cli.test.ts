import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApiToken } from '../../src/domain/token/token.entity';
import { Organization } from '../../src/domain/organization/organization.entity';
import { AuditEvent } from '../../src/domain/audit/audit-event.entity';
import { runCli } from '../../src/cli';
import { createCliHarness, type CliHarness } from './harness';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('scimgraph migrate', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = await createCliHarness();
  });
  afterAll(async () => cli.close());

  it('applies every migration of the driver to a fresh database, then nothing', async () => {
    const driver = cli.databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgresql';
    const files = readdirSync(join(__dirname, '../../src/db/migrations', driver)).map((f) => f.replace(/\.ts$/, ''));
    const first = await cli.run('migrate', '--json');
    expect(first.code).toBe(0);
    expect(first.json).toEqual({ applied: files.sort() });
    const second = await cli.run('migrate', '--json');
    expect(second.json).toEqual({ applied: [] });
  });
});

describe('scimgraph org and token', () => {
  let cli: CliHarness;
  let orgId: string;
  beforeAll(async () => {
    cli = await createCliHarness();
    const created = await cli.run('org', 'create', '--name', 'Acme Corp', '--json');
    orgId = created.json.id;
  });
  afterAll(async () => cli.close());

  const tokenRow = async (id: string): Promise<ApiToken | null> => (await cli.orm()).em.fork().findOne(ApiToken, { id });

  it('org create --json prints exactly {"id","slug","name"} on the first run of a fresh database', async () => {
    const created = await cli.run('org', 'create', '--name', 'Globex', '--json');
    expect(created.code).toBe(0);
    expect(Object.keys(created.json).sort()).toEqual(['id', 'name', 'slug']);
    expect(created.json).toMatchObject({ name: 'Globex', slug: 'globex' });
    const row = await (await cli.orm()).em.fork().findOne(Organization, { id: created.json.id });
    expect(row?.slug).toBe('globex');
  });

  it('org create records the CLI as the actor', async () => {
    const events = await (await cli.orm()).em.fork().find(AuditEvent, { organizationId: orgId });
    expect(events.map((e) => [e.action, e.actorType])).toEqual([['organization.created', 'cli']]);
  });

  it('org create gives the SCIM entitlement unless --no-scim', async () => {
    const withScim = await cli.run('org', 'create', '--name', 'Hooli', '--json');
    const without = await cli.run('org', 'create', '--name', 'Pied Piper', '--no-scim', '--json');
    const enabled = async (id: string) => (await (await cli.orm()).em.fork().findOneOrFail(Organization, { id })).scimEnabled;
    expect([await enabled(withScim.json.id), await enabled(without.json.id)]).toEqual([true, false]);
  });

  it('org create --slug keeps the given slug', async () => {
    const created = await cli.run('org', 'create', '--name', 'Initech', '--slug', 'initech-eu', '--json');
    expect(created.json).toMatchObject({ name: 'Initech', slug: 'initech-eu' });
  });

  it('a DomainError exits 1 with {"error":{"code","message"}} on stdout and the message on stderr', async () => {
    const again = await cli.run('org', 'create', '--name', 'Other', '--slug', 'acme-corp', '--json');
    expect(again.code).toBe(1);
    expect(again.json).toEqual({ error: { code: 'ALREADY_EXISTS', message: 'slug is already in use' } });
    expect(again.stderr).toContain('slug is already in use');
  });

  it('org list --json lists the organizations', async () => {
    const listed = await cli.run('org', 'list', '--json');
    expect(listed.json.organizations).toEqual(expect.arrayContaining([{ id: orgId, slug: 'acme-corp', name: 'Acme Corp' }]));
  });

  it.each(['scim', 'admin', 'read'])('token create --scope %s prints {"id","token"} and stores only the hash', async (scope) => {
    const created = await cli.run('token', 'create', '--org', 'acme-corp', '--scope', scope, '--name', `${scope} token`, '--json');
    expect(created.code).toBe(0);
    expect(Object.keys(created.json).sort()).toEqual(['id', 'token']);
    expect(created.json.token).toMatch(/^sgt_/);
    const row = await tokenRow(created.json.id);
    expect(row).toMatchObject({ organizationId: orgId, scope, name: `${scope} token`, tokenHash: sha256(created.json.token) });
  });

  it('token create accepts the organization id as well as the slug', async () => {
    const created = await cli.run('token', 'create', '--org', orgId, '--scope', 'read', '--name', 'by id', '--json');
    expect((await tokenRow(created.json.id))?.organizationId).toBe(orgId);
  });

  it('token create --scope internal needs no organization', async () => {
    const created = await cli.run('token', 'create', '--scope', 'internal', '--name', 'tools', '--json');
    expect(created.code).toBe(0);
    expect(await tokenRow(created.json.id)).toMatchObject({ organizationId: null, scope: 'internal' });
  });

  it.each([
    [['token', 'create', '--org', 'acme-corp', '--scope', 'internal', '--name', 'x'], '--org cannot be used with --scope internal'],
    [['token', 'create', '--scope', 'scim', '--name', 'x'], '--scope scim needs --org'],
    [['token', 'create', '--org', 'acme-corp', '--scope', 'root', '--name', 'x'], "'root' is invalid"],
    [['token', 'create', '--org', 'acme-corp', '--scope', 'scim'], "required option '--name <name>' not specified"],
    [['token', 'create', '--org', 'acme-corp', '--scope', 'admin', '--name', 'x', '--user', ''], '--user needs a user id'],
    [['org', 'create'], "required option '--name <name>' not specified"],
    [['seed', '--org', 'acme-corp', '--users', 'many', '--teams', '1'], 'expected a whole number'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('usage error %j exits 2', async (argv, message) => {
    const failed = await cli.run(...argv, '--json');
    expect(failed.code).toBe(2);
    expect(failed.json.error.code).toBe('USAGE');
    expect(failed.stderr).toContain(message);
  });

  it.each(['nowhere', 'default'])('the unknown organization %s exits 1 with NOT_FOUND', async (slug) => {
    const failed = await cli.run('token', 'create', '--org', slug, '--scope', 'scim', '--name', 'x', '--json');
    expect(failed.code).toBe(1);
    expect(failed.json.error).toEqual({
      code: 'NOT_FOUND',
      message: `No organization has the id or slug ${slug}: see \`scimgraph org list\`, or add --create-org to create it`,
    });
  });

  it('token revoke marks the token revoked; revoking again is harmless', async () => {
    const created = await cli.run('token', 'create', '--org', 'acme-corp', '--scope', 'scim', '--name', 'old okta', '--json');
    const revoked = await cli.run('token', 'revoke', created.json.id, '--json');
    expect(revoked.code).toBe(0);
    expect(revoked.json).toEqual({ id: created.json.id, revokedAt: expect.any(String) });
    expect((await tokenRow(created.json.id))?.revokedAt).toBeInstanceOf(Date);
    expect((await cli.run('token', 'revoke', created.json.id, '--json')).json.revokedAt).toBe(revoked.json.revokedAt);
  });

  it('token revoke of an unknown id exits 1 with NOT_FOUND', async () => {
    const failed = await cli.run('token', 'revoke', 'not-a-token', '--json');
    expect([failed.code, failed.json.error.code]).toEqual([1, 'NOT_FOUND']);
  });

  it('token list --json shows the tokens without secrets or hashes', async () => {
    const created = await cli.run('token', 'create', '--org', 'acme-corp', '--scope', 'admin', '--name', 'listed', '--json');
    const listed = await cli.run('token', 'list', '--org', 'acme-corp', '--json');
    const entry = listed.json.tokens.find((t: { id: string }) => t.id === created.json.id);
    expect(Object.keys(entry).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'scope']);
    expect(listed.stdout).not.toContain(created.json.token);
    expect(listed.stdout).not.toContain(sha256(created.json.token));
  });

  it('without --json prints text, and the secret once', async () => {
    const created = await cli.run('token', 'create', '--org', 'acme-corp', '--scope', 'scim', '--name', 'okta');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created scim token [0-9a-f-]{36} \(okta\) for organization acme-corp:\nsgt_\S+\nStore it now/);
  });

  it('--help prints usage on stdout and exits 0', async () => {
    const help = await cli.run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: scimgraph');
  });
});

describe('scimgraph token create --org on a fresh database', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = await createCliHarness();
  });
  afterAll(async () => cli.close());

  it('answers NOT_FOUND for an organization that does not exist, and creates none', async () => {
    const failed = await cli.run('token', 'create', '--org', 'default', '--scope', 'scim', '--name', 'okta', '--json');
    expect([failed.code, failed.json.error.code]).toEqual([1, 'NOT_FOUND']);
    expect(await (await cli.orm()).em.fork().count(Organization, {})).toBe(0);
  });

  it('creates it with --create-org, then the token in it', async () => {
    const created = await cli.run('token', 'create', '--org', 'acme', '--create-org', '--scope', 'scim', '--name', 'okta', '--json');
    expect(created.code).toBe(0);
    const orgs = await (await cli.orm()).em.fork().find(Organization, {});
    expect(orgs.map((o) => o.slug)).toEqual(['acme']);
    expect((await (await cli.orm()).em.fork().findOne(ApiToken, { id: created.json.id }))?.organizationId).toBe(orgs[0].id);
  });
});

describe('scimgraph configuration', () => {
  it('an unusable DATABASE_URL exits 1 with the configuration message', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['migrate', '--json'], {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      env: { DATABASE_URL: 'mysql://nope' },
    });
    expect(code).toBe(1);
    expect(JSON.parse(out.join(''))).toEqual({ error: { code: 'CONFIG', message: expect.stringContaining('DATABASE_URL must be') } });
  });
});

describe('scimgraph failing at the database', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = await createCliHarness();
    await cli.run('org', 'create', '--name', 'Refused', '--json');
    // The database refuses every new user, as a constraint or a full disk would.
    const connection = (await cli.orm()).em.getConnection();
    if (cli.databaseUrl.startsWith('postgres')) {
      await connection.execute("create function refuse_users() returns trigger language plpgsql as $$ begin raise exception 'refused by a test trigger'; end $$");
      await connection.execute('create trigger refuse_users before insert on users for each row execute function refuse_users()');
    } else {
      await connection.execute("create trigger refuse_users before insert on users begin select raise(abort, 'refused by a test trigger'); end");
    }
  });
  afterAll(async () => cli.close());

  it("tells the driver's message without the rows it was given", async () => {
    const result = await cli.run('seed', '--org', 'refused', '--users', '3', '--teams', '1', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refused by a test trigger');
    expect(result.stderr).not.toContain('user000001');
    expect(result.json).toEqual({ error: { code: 'INTERNAL', message: expect.stringContaining('refused by a test trigger') } });
    expect(JSON.stringify(result.json)).not.toContain('user000001');
  });
});
