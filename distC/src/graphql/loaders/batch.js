"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_BATCH_SIZE = void 0;
/**
 * Keys one loader batch turns into one statement at most: each key is a bound value, and SQLite
 * takes 32,766 at most. A query that reaches more (50 teams × 1,000 members) runs a few
 * statements instead of failing.
 */
exports.MAX_BATCH_SIZE = 10_000;
//# sourceMappingURL=batch.js.map