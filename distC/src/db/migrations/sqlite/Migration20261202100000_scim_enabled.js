"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202100000_scim_enabled = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/** SCIM as an entitlement: on for every organization that exists, as it was before. */
class Migration20261202100000_scim_enabled extends migrations_1.Migration {
    async up() {
        this.addSql(`alter table \`organizations\` add column \`scim_enabled\` integer not null default true;`);
    }
}
exports.Migration20261202100000_scim_enabled = Migration20261202100000_scim_enabled;
//# sourceMappingURL=Migration20261202100000_scim_enabled.js.map