"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerOrgCommands = registerOrgCommands;
const organization_service_1 = require("../domain/organization/organization.service");
const command_1 = require("./command");
/** `org create`, `org list`. */
function registerOrgCommands(program, io) {
    const org = program.command('org').description('manage organizations (tenants)');
    org
        .command('create')
        .description('create an organization; prints {"id","slug","name"} with --json')
        .requiredOption('--name <name>', 'display name')
        .option('--slug <slug>', 'lower-case letters, digits and dashes (default: derived from the name)')
        .option('--no-scim', 'without the SCIM entitlement: its scim tokens are refused until it is turned on')
        .option('--json', 'print one JSON object on stdout')
        .action((options) => (0, command_1.execute)(io, options, async (db) => {
        const created = await (0, organization_service_1.createOrganization)(db.context(null), { name: options.name, slug: options.slug ?? null, scimEnabled: options.scim });
        return {
            json: { id: created.id, slug: created.slug, name: created.name },
            text: `Created organization ${created.name} (slug ${created.slug}, id ${created.id})`,
        };
    }));
    org
        .command('list')
        .description('list every organization')
        .option('--json', 'print one JSON object on stdout')
        .action((options) => (0, command_1.execute)(io, options, async (db) => {
        const all = await (0, organization_service_1.listOrganizations)(db.context(null));
        const rows = all.map((o) => ({ id: o.id, slug: o.slug, name: o.name }));
        return {
            json: { organizations: rows },
            text: rows.length === 0 ? 'No organizations.' : rows.map((o) => `${o.id}  ${o.slug}  ${o.name}`).join('\n'),
        };
    }));
}
//# sourceMappingURL=org.command.js.map