"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scrubMessage = scrubMessage;
/** Longest message kept; a longer one is cut. */
const MAX_MESSAGE = 300;
/**
 * A driver's message without the values it may quote. knex prefixes the statement with its values
 * written in (`insert … values ('Ada', …) - message`): only the part after the last ` - ` is the
 * driver's. PostgreSQL and SQLite quote offending values after a colon (`invalid input syntax for
 * type uuid: "…"`, `unrecognized token: "'…"`) and in a key's detail (`Key (…)=(…)`).
 */
function scrubMessage(message) {
    const driver = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message;
    const scrubbed = driver
        .replace(/'(?:[^']|'')*'?/g, "'…'")
        .replace(/: ".*?("|$)/g, ': "…"')
        .replace(/\)=\(.*?\)/g, ')=(…)');
    return scrubbed.length > MAX_MESSAGE ? `${scrubbed.slice(0, MAX_MESSAGE)}…` : scrubbed;
}
//# sourceMappingURL=scrub.js.map