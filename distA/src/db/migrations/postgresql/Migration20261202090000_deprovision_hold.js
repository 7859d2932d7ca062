"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202090000_deprovision_hold = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * The mass-deprovisioning hold: its thresholds and state on each organization, and the record of
 * IdP deprovisions it counts and holds.
 */
class Migration20261202090000_deprovision_hold extends migrations_1.Migration {
    async up() {
        this.addSql(`create table "deprovisions" ("organization_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "action" varchar(16) not null, "state" varchar(16) not null, "requested_at" timestamptz not null, "attempts" int not null default 1, "token_id" varchar(64) null, "request_id" varchar(128) null, constraint "deprovisions_pkey" primary key ("organization_id", "id"));`);
        this.addSql(`create index "deprovisions_org_user_index" on "deprovisions" ("organization_id", "user_id", "state");`);
        this.addSql(`create index "deprovisions_org_state_time_index" on "deprovisions" ("organization_id", "state", "requested_at");`);
        this.addSql(`alter table "organizations" add column "deprovision_hold_enabled" boolean not null default true, add column "deprovision_hold_percent" int not null default 10, add column "deprovision_hold_count" int not null default 50, add column "deprovision_hold_window_minutes" int not null default 10, add column "deprovision_hold_engaged_at" timestamptz null, add column "deprovision_hold_held_count" int not null default 0, add column "deprovision_hold_released_at" timestamptz null;`);
    }
}
exports.Migration20261202090000_deprovision_hold = Migration20261202090000_deprovision_hold;
//# sourceMappingURL=Migration20261202090000_deprovision_hold.js.map