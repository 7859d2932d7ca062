"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261128180957_initial = void 0;
const migrations_1 = require("@mikro-orm/migrations");
class Migration20261128180957_initial extends migrations_1.Migration {
    async up() {
        this.addSql(`create table \`api_tokens\` (\`id\` text not null, \`organization_id\` text null, \`name\` text not null, \`scope\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, primary key (\`id\`));`);
        this.addSql(`create unique index \`api_tokens_hash_unique\` on \`api_tokens\` (\`token_hash\`);`);
        this.addSql(`create index \`api_tokens_org_index\` on \`api_tokens\` (\`organization_id\`, \`created_at\`);`);
        this.addSql(`create table \`audit_events\` (\`organization_id\` text not null, \`id\` text not null, \`occurred_at\` datetime not null, \`actor_type\` text not null, \`actor_id\` text null, \`actor_name\` text null, \`action\` text not null, \`target_type\` text not null, \`target_id\` text null, \`changes\` json null, \`request_id\` text null, primary key (\`organization_id\`, \`id\`));`);
        this.addSql(`create index \`audit_events_org_target_index\` on \`audit_events\` (\`organization_id\`, \`target_id\`, \`occurred_at\`);`);
        this.addSql(`create index \`audit_events_org_time_index\` on \`audit_events\` (\`organization_id\`, \`occurred_at\`, \`id\`);`);
        this.addSql(`create table \`documents\` (\`organization_id\` text not null, \`id\` text not null, \`title\` text not null, \`owner_id\` text not null, \`awaiting_reassignment\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`organization_id\`, \`id\`));`);
        this.addSql(`create index \`documents_org_awaiting_index\` on \`documents\` (\`organization_id\`, \`awaiting_reassignment\`);`);
        this.addSql(`create index \`documents_org_owner_index\` on \`documents\` (\`organization_id\`, \`owner_id\`, \`created_at\`);`);
        this.addSql(`create table \`organizations\` (\`id\` text not null, \`name\` text not null, \`slug\` text not null, \`role_manual_override\` integer not null default false, \`content_successor_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
        this.addSql(`create unique index \`organizations_slug_unique\` on \`organizations\` (\`slug\`);`);
        this.addSql(`create table \`teams\` (\`organization_id\` text not null, \`id\` text not null, \`display_name\` text not null, \`display_name_key\` text not null, \`external_id\` text null, \`grants_role\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, primary key (\`organization_id\`, \`id\`));`);
        this.addSql(`create index \`teams_org_created_index\` on \`teams\` (\`organization_id\`, \`created_at\`, \`id\`);`);
        this.addSql(`create index \`teams_org_external_id_index\` on \`teams\` (\`organization_id\`, \`external_id\`);`);
        this.addSql(`create unique index \`teams_org_display_name_key_unique\` on \`teams\` (\`organization_id\`, \`display_name_key\`);`);
        this.addSql(`create table \`team_members\` (\`organization_id\` text not null, \`team_id\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, primary key (\`organization_id\`, \`team_id\`, \`user_id\`));`);
        this.addSql(`create index \`team_members_org_user_index\` on \`team_members\` (\`organization_id\`, \`user_id\`);`);
        this.addSql(`create table \`users\` (\`organization_id\` text not null, \`id\` text not null, \`user_name\` text not null, \`user_name_key\` text null, \`external_id\` text null, \`name_formatted\` text null, \`name_family_name\` text null, \`name_given_name\` text null, \`name_middle_name\` text null, \`name_honorific_prefix\` text null, \`name_honorific_suffix\` text null, \`display_name\` text null, \`nick_name\` text null, \`profile_url\` text null, \`title\` text null, \`user_type\` text null, \`preferred_language\` text null, \`locale\` text null, \`timezone\` text null, \`active\` integer not null default true, \`ims\` json null, \`photos\` json null, \`addresses\` json null, \`entitlements\` json null, \`roles\` json null, \`x509certificates\` json null, \`employee_number\` text null, \`cost_center\` text null, \`enterprise_organization\` text null, \`division\` text null, \`department\` text null, \`manager_value\` text null, \`manager_display_name\` text null, \`idp_role\` text null, \`manual_role\` text null, \`provisioned_by_idp\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`deactivated_at\` datetime null, \`deleted_at\` datetime null, \`version\` integer not null default 1, primary key (\`organization_id\`, \`id\`));`);
        this.addSql(`create index \`users_org_created_index\` on \`users\` (\`organization_id\`, \`created_at\`, \`id\`);`);
        this.addSql(`create index \`users_org_external_id_index\` on \`users\` (\`organization_id\`, \`external_id\`);`);
        this.addSql(`create unique index \`users_org_user_name_key_unique\` on \`users\` (\`organization_id\`, \`user_name_key\`);`);
        this.addSql(`create table \`user_contacts\` (\`organization_id\` text not null, \`id\` text not null, \`user_id\` text not null, \`kind\` text not null, \`position\` integer not null, \`value\` text null, \`value_key\` text null, \`type\` text null, \`primary\` integer null, \`display\` text null, primary key (\`organization_id\`, \`id\`));`);
        this.addSql(`create index \`user_contacts_org_value_index\` on \`user_contacts\` (\`organization_id\`, \`kind\`, \`value_key\`);`);
        this.addSql(`create index \`user_contacts_org_user_index\` on \`user_contacts\` (\`organization_id\`, \`user_id\`, \`kind\`, \`position\`);`);
    }
}
exports.Migration20261128180957_initial = Migration20261128180957_initial;
//# sourceMappingURL=Migration20261128180957_initial.js.map