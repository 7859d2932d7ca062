"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostgresUnit = void 0;
/**
 * Most bound values in one combined statement. PostgreSQL's protocol allows 65,535; `insertRows`
 * sends at most 500 rows of some 40 columns per INSERT.
 */
const VALUES_PER_STATEMENT = 30_000;
/**
 * One PostgreSQL transaction, opened only when it needs to be. Every statement is a round trip to
 * the server, and a unit of work that only inserts (a SCIM create: the user, its email and the
 * audit record) would take five: BEGIN, three INSERTs and COMMIT. So its INSERTs wait
 * (`deferInsert`) until the unit next reads or writes anything else, or ends, and go then as one
 * statement: `with w1 as (insert …), w2 as (insert …) insert …` (data-modifying WITH, PostgreSQL
 * §7.8.4: its parts run in no set order, so only INSERTs, which neither read nor change each
 * other's rows, are combined). A unit whose first other statement is its end sends no BEGIN at
 * all: one statement is atomic by itself. A unit that reads first opens the transaction as
 * before, and its waiting INSERTs go before its next statement, so that it reads its own writes.
 *
 * A waiting INSERT's error (a unique violation) comes with the statement that carries it, later
 * than the call that queued it: the units that translate it (`withDbErrors`) wrap the whole unit.
 */
class PostgresUnit {
    constructor(send) {
        this.send = send;
        this.opening = null;
        this.inserts = [];
        /** The INSERTs on their way, which statements that arrive meanwhile wait for. */
        this.sending = null;
    }
    /** Whether BEGIN was sent: only then is there anything to roll back. */
    get opened() {
        return this.opening !== null;
    }
    /** Whether a statement may run at once: the transaction open and nothing queued. */
    get ready() {
        return this.opening !== null && this.inserts.length === 0 && this.sending === null;
    }
    /** Queues an INSERT that returns nothing, to go with the unit's next statement. */
    deferInsert(statement) {
        this.inserts.push(statement);
    }
    /** Makes the unit ready for a statement of its own: the transaction open, the queued INSERTs sent. */
    async settle() {
        if (this.opening === null)
            this.opening = this.send({ sql: 'begin', params: [] });
        await this.opening;
        while (this.sending || this.inserts.length > 0) {
            this.sending ??= this.sendInserts(this.inserts.splice(0)).finally(() => {
                this.sending = null;
            });
            await this.sending;
        }
    }
    /**
     * Makes the unit's writes durable: its queued INSERTs, then COMMIT; or, when it never opened a
     * transaction, the INSERTs alone when they fit one statement.
     */
    async commit() {
        if (this.opening === null) {
            if (this.inserts.length === 0)
                return;
            if (this.inserts.length === 1 || valuesOf(this.inserts) <= VALUES_PER_STATEMENT) {
                await this.send(oneStatement(this.inserts.splice(0)));
                return;
            }
        }
        await this.settle();
        await this.send({ sql: 'commit', params: [] });
    }
    async sendInserts(inserts) {
        for (const batch of combined(inserts))
            await this.send(batch);
    }
}
exports.PostgresUnit = PostgresUnit;
const valuesOf = (inserts) => inserts.reduce((sum, insert) => sum + insert.params.length, 0);
/** `inserts` as few statements as the bound values allow, in their order. */
function combined(inserts) {
    const batches = [];
    let values = 0;
    for (const insert of inserts) {
        const last = batches.at(-1);
        if (last && values + insert.params.length <= VALUES_PER_STATEMENT) {
            last.push(insert);
            values += insert.params.length;
        }
        else {
            batches.push([insert]);
            values = insert.params.length;
        }
    }
    return batches.map(oneStatement);
}
/** Several INSERTs as one statement: each but the last in a WITH of its own. */
function oneStatement(inserts) {
    if (inserts.length === 1)
        return inserts[0];
    const withs = inserts.slice(0, -1).map((insert, i) => `w${i + 1} as (${insert.sql})`);
    return {
        sql: `with ${withs.join(', ')} ${inserts.at(-1).sql}`,
        params: inserts.flatMap((insert) => insert.params),
        valuesOnly: true,
    };
}
//# sourceMappingURL=postgres-unit.js.map