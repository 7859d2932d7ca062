import { Migration } from '@mikro-orm/migrations';

/** One-way sync: the setting that lets admins edit what the IdP provisioned, off. */
export class Migration20261202101000_allow_local_edits extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `organizations` add column `allow_local_edits` integer not null default false;');
  }
}
