import { isDomainError } from '../common/errors';
import { Organization } from '../domain/organization/organization.entity';
import { createOrganization, findOrganization } from '../domain/organization/organization.service';
import type { CliDatabase } from './database';
import type { CliIo } from './io';

/** The slug the server gives the organization it creates on an empty database. */
const DEFAULT_SLUG = 'default';

/**
 * The organization named by `--org` (id or slug). On a database without any organization,
 * `default` is created just as the server's first start creates it, so the token command the
 * server prints also works when it is the very first command run on a fresh clone.
 */
export async function resolveOrganization(db: CliDatabase, io: CliIo, idOrSlug: string): Promise<Organization> {
  try {
    return await findOrganization(db.context(null), idOrSlug);
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'NOT_FOUND' || idOrSlug !== DEFAULT_SLUG) throw error;
    const ctx = db.context(null);
    if ((await ctx.em.count(Organization, {})) > 0) throw error;
    const created = await createOrganization(ctx, { name: 'Default', slug: DEFAULT_SLUG });
    io.stderr.write(`Created the default organization (${created.id}) on this empty database\n`);
    return created;
  }
}
