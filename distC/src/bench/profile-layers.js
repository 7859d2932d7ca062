"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.START_UP = void 0;
exports.layersOf = layersOf;
exports.layersTable = layersTable;
const node_fs_1 = require("node:fs");
exports.START_UP = 'start-up (module loading)';
const DRIVERS = 'database drivers and pool';
const GARBAGE = 'garbage collection';
const OTHER = 'other';
const LIBRARIES = 'other libraries';
/** The layers, matched in this order against a frame's script. */
const LAYERS = [
    { name: exports.START_UP, script: /^node:internal\/modules\// },
    { name: DRIVERS, script: /\/node_modules\/(libsql|pg|pg-[a-z-]+|postgres-[a-z]+|tarn|knex)\// },
    { name: 'MikroORM (the connection and logger each statement asks for)', script: /\/node_modules\/@mikro-orm\// },
    { name: 'metrics and logs (prom-client, pino)', script: /\/node_modules\/(prom-client|pino[^/]*)\// },
    { name: 'type-graphql', script: /\/node_modules\/type-graphql\// },
    { name: 'GraphQL execution (graphql-jit, graphql-js)', script: /\/node_modules\/(graphql-jit|graphql)\/|\/src\/http\/compiled-execute\.js$/ },
    { name: 'scimgraph: SCIM door', script: /\/dist\/src\/scim\// },
    { name: 'scimgraph: domain', script: /\/dist\/src\/domain\// },
    { name: 'scimgraph: GraphQL schema', script: /\/dist\/src\/graphql\// },
    { name: 'scimgraph: HTTP', script: /\/dist\/src\/(http|common)\// },
    { name: 'Express', script: /\/node_modules\/(express|router|body-parser|raw-body|qs|parseurl|finalhandler|on-finished|type-is|content-type|send|serve-static)\// },
    { name: "Node's HTTP and sockets", script: /^node:(_http_|net$|stream$|internal\/streams\/|internal\/stream_base_commons|internal\/http)/ },
    { name: LIBRARIES, script: /\/node_modules\// },
];
const NOT_BUSY = new Set(['(idle)', '(program)']);
/**
 * Layers that whatever runs under them belongs to: a library's module code run while it loads is
 * start-up, and what a driver calls (node-postgres's socket writes) is the driver's.
 */
const INHERITED = new Set([exports.START_UP, DRIVERS]);
/** A script's package (`@scope/name` or `name`), for the libraries no layer names. */
const packageOf = (url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? OTHER;
/**
 * Microseconds per layer (idle left out), the busy total without start-up, and the time of each
 * package among the other libraries.
 */
function layersOf(profile) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map();
    for (const node of profile.nodes)
        for (const child of node.children ?? [])
            parentOf.set(child, node.id);
    const placed = new Map();
    const place = (id) => {
        let known = placed.get(id);
        if (known !== undefined)
            return known;
        const { functionName, url } = byId.get(id).callFrame;
        const parentId = parentOf.get(id);
        const parent = parentId === undefined ? { layer: OTHER, url: '', inherited: false } : place(parentId);
        const own = functionName === '(garbage collector)' ? GARBAGE : LAYERS.find(({ script }) => script.test(url))?.name;
        if (parent.inherited)
            known = parent;
        else if (own === undefined)
            known = parent;
        else
            known = { layer: own, url, inherited: INHERITED.has(own) };
        placed.set(id, known);
        return known;
    };
    const layers = new Map();
    const libraries = new Map();
    const add = (map, key, time) => {
        map.set(key, (map.get(key) ?? 0) + time);
    };
    profile.samples.forEach((id, i) => {
        if (NOT_BUSY.has(byId.get(id).callFrame.functionName))
            return;
        const { layer, url } = place(id);
        const time = profile.timeDeltas[i] ?? 0;
        add(layers, layer, time);
        if (layer === LIBRARIES)
            add(libraries, packageOf(url), time);
    });
    const busy = [...layers].reduce((sum, [layer, time]) => (layer === exports.START_UP ? sum : sum + time), 0);
    return { layers, busy, libraries };
}
/** A Markdown table of `layersOf`, largest first, in milliseconds and shares of the busy time. */
function layersTable(profile) {
    const { layers, busy, libraries } = layersOf(profile);
    const rows = [...layers].filter(([layer]) => layer !== exports.START_UP).sort((a, b) => b[1] - a[1]);
    const share = (time) => `${((100 * time) / busy).toFixed(1)} %`;
    const largest = [...libraries].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const label = (layer) => layer === LIBRARIES ? `${layer} (${largest.map(([name, time]) => `${name} ${share(time)}`).join(', ')}${libraries.size > 3 ? ', …' : ''})` : layer;
    return [
        '| layer | ms | share of busy time |',
        '| --- | --- | --- |',
        ...rows.map(([layer, time]) => `| ${label(layer)} | ${(time / 1000).toFixed(0)} | ${share(time)} |`),
        `| busy (start-up apart: ${((layers.get(exports.START_UP) ?? 0) / 1000).toFixed(0)} ms) | ${(busy / 1000).toFixed(0)} | 100 % |`,
    ].join('\n');
}
if (require.main === module) {
    const files = process.argv.slice(2);
    if (files.length === 0) {
        console.error('npm run bench:layers -- FILE.cpuprofile …');
        process.exit(2);
    }
    for (const file of files)
        console.log(`${file}\n\n${layersTable(JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8')))}\n`);
}
//# sourceMappingURL=profile-layers.js.map