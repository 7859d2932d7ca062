"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202103000_token_holders = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/** Org admins are users: a token may be issued to a user, and audit events name the person behind a token. */
class Migration20261202103000_token_holders extends migrations_1.Migration {
    async up() {
        this.addSql(`alter table "api_tokens" add column "user_id" uuid null;`);
        this.addSql(`alter table "audit_events" add column "actor_user_id" uuid null;`);
    }
}
exports.Migration20261202103000_token_holders = Migration20261202103000_token_holders;
//# sourceMappingURL=Migration20261202103000_token_holders.js.map