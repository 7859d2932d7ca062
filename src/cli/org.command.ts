import type { Command } from 'commander';
import { createOrganization, listOrganizations } from '../domain/organization/organization.service';
import { execute, type JsonOption } from './command';
import type { CliIo } from './io';

interface OrgCreateOptions extends JsonOption {
  name: string;
  slug?: string;
  /** False with --no-scim. */
  scim: boolean;
}

/** `org create`, `org list`. */
export function registerOrgCommands(program: Command, io: CliIo): void {
  const org = program.command('org').description('manage organizations (tenants)');

  org
    .command('create')
    .description('create an organization; prints {"id","slug","name"} with --json')
    .requiredOption('--name <name>', 'display name')
    .option('--slug <slug>', 'lower-case letters, digits and dashes (default: derived from the name)')
    .option('--no-scim', 'without the SCIM entitlement: its scim tokens are refused until it is turned on')
    .option('--json', 'print one JSON object on stdout')
    .action((options: OrgCreateOptions) =>
      execute(io, options, async (db) => {
        const created = await createOrganization(db.context(null), { name: options.name, slug: options.slug ?? null, scimEnabled: options.scim });
        return {
          json: { id: created.id, slug: created.slug, name: created.name },
          text: `Created organization ${created.name} (slug ${created.slug}, id ${created.id})`,
        };
      }),
    );

  org
    .command('list')
    .description('list every organization')
    .option('--json', 'print one JSON object on stdout')
    .action((options: JsonOption) =>
      execute(io, options, async (db) => {
        const all = await listOrganizations(db.context(null));
        const rows = all.map((o) => ({ id: o.id, slug: o.slug, name: o.name }));
        return {
          json: { organizations: rows },
          text: rows.length === 0 ? 'No organizations.' : rows.map((o) => `${o.id}  ${o.slug}  ${o.name}`).join('\n'),
        };
      }),
    );
}
