import { Migration } from '@mikro-orm/migrations';

/**
 * SCIM as an entitlement, on for every organization that exists, as it was before; and the setting
 * that lets admins edit what the IdP provisioned, off.
 */
export class Migration20261202100000_scim_enabled_local_edits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organizations" add column "scim_enabled" boolean not null default true;`);
    this.addSql(`alter table "organizations" add column "allow_local_edits" boolean not null default false;`);
  }
}
