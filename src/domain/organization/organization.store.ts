import { notFound } from '../../common/errors';
import type { DomainContext } from '../context';
import { allOf, equalities } from '../query/conditions';
import { selectWhere, tableReader, type TableReader } from '../query/rows';
import { Organization } from './organization.entity';

/** The organizations table, read and written with prepared statements. */
export const organizations = (ctx: DomainContext): TableReader<Organization> => tableReader(ctx.em, Organization);

/** An organization by id, whoever acts (its own users' writes read their organization's settings). */
export async function findOrganizationRow(ctx: DomainContext, id: string): Promise<Organization> {
  const [org] = await selectWhere(ctx, organizations(ctx), allOf(equalities({ id })));
  if (!org) throw notFound('Organization', id);
  return org;
}
