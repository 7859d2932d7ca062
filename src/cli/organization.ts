import { DomainError, isDomainError } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Organization } from '../domain/organization/organization.entity';
import { createOrganization, findOrganization } from '../domain/organization/organization.service';
import type { CliDatabase } from './database';
import type { CliIo } from './io';

/**
 * The organization named by `--org` (id or slug). One that does not exist is NOT_FOUND, with
 * `scimgraph org list` as the next step, so a token never lands in a new, empty organization by a
 * typo or an assumed slug; with `create` (`--create-org`) a slug that names none is created.
 */
export async function resolveOrganization(db: CliDatabase, io: CliIo, idOrSlug: string, create = false): Promise<Organization> {
  try {
    return await findOrganization(db.context(null), idOrSlug);
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'NOT_FOUND') throw error;
    if (create && isUuid(idOrSlug)) {
      throw new DomainError('BAD_USER_INPUT', `${idOrSlug} is an id, not a slug: --create-org takes the slug of the organization to create`, { field: 'org' });
    }
    if (!create) {
      throw new DomainError('NOT_FOUND', `No organization has the id or slug ${idOrSlug}: see \`scimgraph org list\`, or add --create-org to create it`, { id: idOrSlug });
    }
    const created = await createOrganization(db.context(null), { name: idOrSlug, slug: idOrSlug });
    io.stderr.write(`Created the organization ${created.slug} (${created.id})\n`);
    return created;
  }
}
