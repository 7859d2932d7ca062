import { notFound } from '../../common/errors';
import type { DomainContext } from '../context';
import { allOf, equalities } from '../query/conditions';
import { selectWhere, tableReader, type TableReader } from '../query/rows';
import { rowLock } from '../query/sql';
import { Organization } from './organization.entity';

/** The organizations table, read and written with prepared statements. */
export const organizations = (ctx: DomainContext): TableReader<Organization> => tableReader(ctx.em, Organization);

/**
 * An organization by id, whoever acts (its own users' writes read their organization's settings).
 * With `lock`, inside a transaction on PostgreSQL, the row stays locked until it ends (SQLite
 * serialises writers anyway): writes that decide from its settings then take turns.
 */
export async function findOrganizationRow(ctx: DomainContext, id: string, options: { lock?: boolean } = {}): Promise<Organization> {
  const lock = options.lock ? rowLock(ctx, 'update') : '';
  const [org] = await selectWhere(ctx, organizations(ctx), allOf(equalities({ id })), lock);
  if (!org) throw notFound('Organization', id);
  return org;
}
