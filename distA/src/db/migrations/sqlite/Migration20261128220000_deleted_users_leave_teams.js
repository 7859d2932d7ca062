"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261128220000_deleted_users_leave_teams = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * Deleted users hold no memberships: deletion takes a user out of every team, and member pages
 * read the membership table alone. Before that rule covered users already inactive when deleted,
 * such a user's memberships could stay behind; this removes them.
 */
class Migration20261128220000_deleted_users_leave_teams extends migrations_1.Migration {
    async up() {
        this.addSql('delete from team_members where exists (select 1 from users u where u.organization_id = team_members.organization_id and u.id = team_members.user_id and u.deleted_at is not null);');
    }
}
exports.Migration20261128220000_deleted_users_leave_teams = Migration20261128220000_deleted_users_leave_teams;
//# sourceMappingURL=Migration20261128220000_deleted_users_leave_teams.js.map