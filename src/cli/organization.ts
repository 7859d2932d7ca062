import { isDomainError } from '../common/errors';
import type { Organization } from '../domain/organization/organization.entity';
import {
  DEFAULT_ORGANIZATION_SLUG,
  ensureDefaultOrganization,
  findOrganization,
} from '../domain/organization/organization.service';
import type { CliDatabase } from './database';
import type { CliIo } from './io';

/**
 * The organization named by `--org` (id or slug). On a database without any organization,
 * `default` is created just as the server's first start creates it, so the token command the
 * server prints also works when it is the very first command run on a fresh clone.
 */
export async function resolveOrganization(db: CliDatabase, io: CliIo, idOrSlug: string): Promise<Organization> {
  try {
    return await findOrganization(db.context(null), idOrSlug);
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'NOT_FOUND' || idOrSlug !== DEFAULT_ORGANIZATION_SLUG) throw error;
    const created = await ensureDefaultOrganization(db.context(null));
    if (!created) throw error;
    io.stderr.write(`Created the default organization (${created.id}) on this empty database\n`);
    return created;
  }
}
