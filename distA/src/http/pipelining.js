"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.onePerConnection = onePerConnection;
/** The requests of a connection waiting for the one it is answering. */
const waiting = new WeakMap();
/**
 * Handles the requests a client pipelines on one connection one after another (RFC 9112 §9.3.2:
 * their responses go back in order anyway). Node parses every request that arrived in one read at
 * once, and would run them all while the first answer still waits for the client to read it: a
 * client that pipelines large pages and never reads would have the server build them all and hold
 * them in memory. Here the next one starts when the previous answer is sent or its connection
 * closes, and none starts on a connection that is gone. An unpipelined request pays one lookup.
 */
function onePerConnection(req, res, next) {
    const socket = req.socket;
    const queue = waiting.get(socket);
    if (queue) {
        queue.push(() => start(socket, res, next));
        return;
    }
    waiting.set(socket, []);
    start(socket, res, next);
}
function start(socket, res, next) {
    res.once('close', () => {
        const queue = waiting.get(socket);
        const following = queue?.shift();
        if (following && !socket.destroyed)
            following();
        else
            waiting.delete(socket);
    });
    next();
}
//# sourceMappingURL=pipelining.js.map