"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveOrganization = resolveOrganization;
const errors_1 = require("../common/errors");
const ids_1 = require("../common/ids");
const organization_service_1 = require("../domain/organization/organization.service");
/**
 * The organization named by `--org` (id or slug). One that does not exist is NOT_FOUND, with
 * `scimgraph org list` as the next step, so a token never lands in a new, empty organization by a
 * typo or an assumed slug; with `create` (`--create-org`) a slug that names none is created.
 */
async function resolveOrganization(db, io, idOrSlug, create = false) {
    try {
        return await (0, organization_service_1.findOrganization)(db.context(null), idOrSlug);
    }
    catch (error) {
        if (!(0, errors_1.isDomainError)(error) || error.code !== 'NOT_FOUND')
            throw error;
        if (create && (0, ids_1.isUuid)(idOrSlug)) {
            throw new errors_1.DomainError('BAD_USER_INPUT', `${idOrSlug} is an id, not a slug: --create-org takes the slug of the organization to create`, { field: 'org' });
        }
        if (!create) {
            throw new errors_1.DomainError('NOT_FOUND', `No organization has the id or slug ${idOrSlug}: see \`scimgraph org list\`, or add --create-org to create it`, { id: idOrSlug });
        }
        const created = await (0, organization_service_1.createOrganization)(db.context(null), { name: idOrSlug, slug: idOrSlug });
        io.stderr.write(`Created the organization ${created.slug} (${created.id})\n`);
        return created;
    }
}
//# sourceMappingURL=organization.js.map