"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202101000_allow_local_edits = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/** One-way sync: the setting that lets admins edit what the IdP provisioned, off. */
class Migration20261202101000_allow_local_edits extends migrations_1.Migration {
    async up() {
        this.addSql('alter table "organizations" add column "allow_local_edits" boolean not null default false;');
    }
}
exports.Migration20261202101000_allow_local_edits = Migration20261202101000_allow_local_edits;
//# sourceMappingURL=Migration20261202101000_allow_local_edits.js.map