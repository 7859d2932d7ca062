"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261128180958_initial = void 0;
const migrations_1 = require("@mikro-orm/migrations");
class Migration20261128180958_initial extends migrations_1.Migration {
    async up() {
        this.addSql(`create table "api_tokens" ("id" uuid not null, "organization_id" uuid null, "name" varchar(200) not null, "scope" varchar(16) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`);
        this.addSql(`alter table "api_tokens" add constraint "api_tokens_hash_unique" unique ("token_hash");`);
        this.addSql(`create index "api_tokens_org_index" on "api_tokens" ("organization_id", "created_at");`);
        this.addSql(`create table "audit_events" ("organization_id" uuid not null, "id" uuid not null, "occurred_at" timestamptz not null, "actor_type" varchar(16) not null, "actor_id" varchar(64) null, "actor_name" varchar(200) null, "action" varchar(64) not null, "target_type" varchar(32) not null, "target_id" varchar(64) null, "changes" jsonb null, "request_id" varchar(128) null, constraint "audit_events_pkey" primary key ("organization_id", "id"));`);
        this.addSql(`create index "audit_events_org_target_index" on "audit_events" ("organization_id", "target_id", "occurred_at");`);
        this.addSql(`create index "audit_events_org_time_index" on "audit_events" ("organization_id", "occurred_at", "id");`);
        this.addSql(`create table "documents" ("organization_id" uuid not null, "id" uuid not null, "title" varchar(1000) not null, "owner_id" uuid not null, "awaiting_reassignment" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "documents_pkey" primary key ("organization_id", "id"));`);
        this.addSql(`create index "documents_org_awaiting_index" on "documents" ("organization_id", "awaiting_reassignment");`);
        this.addSql(`create index "documents_org_owner_index" on "documents" ("organization_id", "owner_id", "created_at");`);
        this.addSql(`create table "organizations" ("id" uuid not null, "name" varchar(200) not null, "slug" varchar(100) not null, "role_manual_override" boolean not null default false, "content_successor_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organizations_pkey" primary key ("id"));`);
        this.addSql(`alter table "organizations" add constraint "organizations_slug_unique" unique ("slug");`);
        this.addSql(`create table "teams" ("organization_id" uuid not null, "id" uuid not null, "display_name" varchar(512) not null, "display_name_key" varchar(512) not null, "external_id" varchar(512) null, "grants_role" varchar(16) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "teams_pkey" primary key ("organization_id", "id"));`);
        this.addSql(`create index "teams_org_created_index" on "teams" ("organization_id", "created_at", "id");`);
        this.addSql(`create index "teams_org_external_id_index" on "teams" ("organization_id", "external_id");`);
        this.addSql(`alter table "teams" add constraint "teams_org_display_name_key_unique" unique ("organization_id", "display_name_key");`);
        this.addSql(`create table "team_members" ("organization_id" uuid not null, "team_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, constraint "team_members_pkey" primary key ("organization_id", "team_id", "user_id"));`);
        this.addSql(`create index "team_members_org_user_index" on "team_members" ("organization_id", "user_id");`);
        this.addSql(`create table "users" ("organization_id" uuid not null, "id" uuid not null, "user_name" varchar(512) not null, "user_name_key" varchar(512) null, "external_id" varchar(512) null, "name_formatted" varchar(512) null, "name_family_name" varchar(256) null, "name_given_name" varchar(256) null, "name_middle_name" varchar(256) null, "name_honorific_prefix" varchar(256) null, "name_honorific_suffix" varchar(256) null, "display_name" varchar(512) null, "nick_name" varchar(256) null, "profile_url" varchar(1024) null, "title" varchar(256) null, "user_type" varchar(256) null, "preferred_language" varchar(64) null, "locale" varchar(64) null, "timezone" varchar(128) null, "active" boolean not null default true, "ims" jsonb null, "photos" jsonb null, "addresses" jsonb null, "entitlements" jsonb null, "roles" jsonb null, "x509certificates" jsonb null, "employee_number" varchar(256) null, "cost_center" varchar(256) null, "enterprise_organization" varchar(256) null, "division" varchar(256) null, "department" varchar(256) null, "manager_value" varchar(512) null, "manager_display_name" varchar(512) null, "idp_role" varchar(16) null, "manual_role" varchar(16) null, "provisioned_by_idp" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deactivated_at" timestamptz null, "deleted_at" timestamptz null, "version" int not null default 1, constraint "users_pkey" primary key ("organization_id", "id"));`);
        this.addSql(`create index "users_org_created_index" on "users" ("organization_id", "created_at", "id");`);
        this.addSql(`create index "users_org_external_id_index" on "users" ("organization_id", "external_id");`);
        this.addSql(`alter table "users" add constraint "users_org_user_name_key_unique" unique ("organization_id", "user_name_key");`);
        this.addSql(`create table "user_contacts" ("organization_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "kind" varchar(8) not null, "position" int not null, "value" varchar(512) null, "value_key" varchar(512) null, "type" varchar(64) null, "primary" boolean null, "display" varchar(512) null, constraint "user_contacts_pkey" primary key ("organization_id", "id"));`);
        this.addSql(`create index "user_contacts_org_value_index" on "user_contacts" ("organization_id", "kind", "value_key");`);
        this.addSql(`create index "user_contacts_org_user_index" on "user_contacts" ("organization_id", "user_id", "kind", "position");`);
    }
}
exports.Migration20261128180958_initial = Migration20261128180958_initial;
//# sourceMappingURL=Migration20261128180958_initial.js.map