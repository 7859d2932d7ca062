import { Migration } from '@mikro-orm/migrations';

/**
 * The case-insensitive keys (`user_name_key`, `value_key`, `display_name_key`) hold the lower case
 * of a value of up to 512 characters, which can be up to twice as long: U+0130 (İ) lower-cases to
 * two characters. Widening a varchar rewrites neither the table nor its indexes.
 */
export class Migration20261205010000_key_columns_fold_room extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" alter column "user_name_key" type varchar(1024);`);
    this.addSql(`alter table "user_contacts" alter column "value_key" type varchar(1024);`);
    this.addSql(`alter table "teams" alter column "display_name_key" type varchar(1024);`);
  }
}
