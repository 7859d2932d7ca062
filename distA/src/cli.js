#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCli = void 0;
require("reflect-metadata");
const run_1 = require("./cli/run");
var run_2 = require("./cli/run");
Object.defineProperty(exports, "runCli", { enumerable: true, get: function () { return run_2.runCli; } });
if (require.main === module) {
    void (0, run_1.runCli)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
        process.exitCode = code;
    });
}
//# sourceMappingURL=cli.js.map