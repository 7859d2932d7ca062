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
        this.addSql(`create table \`deprovisions\` (\`organization_id\` text not null, \`id\` text not null, \`user_id\` text not null, \`action\` text not null, \`state\` text not null, \`requested_at\` datetime not null, \`attempts\` integer not null default 1, \`token_id\` text null, \`request_id\` text null, primary key (\`organization_id\`, \`id\`));`);
        this.addSql(`create index \`deprovisions_org_user_index\` on \`deprovisions\` (\`organization_id\`, \`user_id\`, \`state\`);`);
        this.addSql(`create index \`deprovisions_org_state_time_index\` on \`deprovisions\` (\`organization_id\`, \`state\`, \`requested_at\`);`);
        this.addSql(`alter table \`organizations\` add column \`deprovision_hold_enabled\` integer not null default true;`);
        this.addSql(`alter table \`organizations\` add column \`deprovision_hold_percent\` integer not null default 10;`);
        this.addSql(`alter table \`organizations\` add column \`deprovision_hold_count\` integer not null default 50;`);
        this.addSql(`alter table \`organizations\` add column \`deprovision_hold_window_minutes\` integer not null default 10;`);
        this.addSql(`alter table \`organizations\` add column \`deprovision_hold_engaged_at\` datetime null;`);
        this.addSql(`alter table \`organizations\` add column \`deprovision_hold_held_count\` integer not null default 0;`);
        this.addSql(`alter table \`organizations\` add column \`deprovision_hold_released_at\` datetime null;`);
    }
}
exports.Migration20261202090000_deprovision_hold = Migration20261202090000_deprovision_hold;
//# sourceMappingURL=Migration20261202090000_deprovision_hold.js.map