import { Migration } from '@mikro-orm/migrations';

/** SCIM as an entitlement: on for every organization that exists, as it was before. */
export class Migration20261202100000_scim_enabled extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organizations" add column "scim_enabled" boolean not null default true;`);
  }
}
