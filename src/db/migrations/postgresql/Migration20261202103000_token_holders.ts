import { Migration } from '@mikro-orm/migrations';

/** Org admins are users: a token may be issued to a user, and audit events name the person behind a token. */
export class Migration20261202103000_token_holders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_tokens" add column "user_id" uuid null;`);
    this.addSql(`alter table "audit_events" add column "actor_user_id" uuid null;`);
  }
}
