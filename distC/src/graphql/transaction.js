"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runMutationsInUnitsOfWork = runMutationsInUnitsOfWork;
const context_1 = require("../domain/context");
const token_service_1 = require("../domain/token/token.service");
const context_2 = require("./context");
/** Operations whose first mutation has run: a later one checks its token's user again. */
const mutated = new WeakSet();
/**
 * A root Mutation field run as one unit of work; the reads of its selection start afresh. After
 * the operation's first mutation, each one first checks that the token's user still may hold it
 * (`assertHolderStanding`): a request whose first mutation demoted or deactivated that user writes
 * nothing more.
 */
function inOwnUnitOfWork(resolve) {
    return async (source, args, context, info) => {
        try {
            return await (0, context_1.inUnitOfWork)(context, async (unit) => {
                // Set already: the unit is run again (it lost a deadlock), and what it read then was rolled back.
                if (context.transaction)
                    (0, context_2.resetReads)(context);
                context.transaction = unit.transaction;
                if (mutated.has(context))
                    await (0, token_service_1.assertHolderStanding)(unit);
                mutated.add(context);
                return resolve(source, args, context, info);
            });
        }
        finally {
            context.transaction = undefined;
            (0, context_2.resetReads)(context);
        }
    };
}
/**
 * One mutation = one transaction: each root Mutation field runs inside the domain's unit of work
 * (`inUnitOfWork`, the one owner of transactions), committed when the resolver returns and rolled
 * back when it throws. The fields selected below the mutation are read afterwards, from committed
 * data, with fresh loaders. Queries run without a transaction.
 */
function runMutationsInUnitsOfWork(schema) {
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
        if (field.resolve)
            field.resolve = inOwnUnitOfWork(field.resolve);
    }
}
//# sourceMappingURL=transaction.js.map