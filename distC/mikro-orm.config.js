"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const orm_1 = require("./src/db/orm");
const config_1 = require("./src/config");
exports.default = (0, orm_1.createOrmConfig)((0, config_1.parseDatabaseUrl)(process.env.DATABASE_URL));
//# sourceMappingURL=mikro-orm.config.js.map