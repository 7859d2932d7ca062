import { layersOf, START_UP, type CpuProfile } from '../../../src/bench/profile-layers';

/** A profile whose nodes form one call tree: [id, functionName, url, parent id]. */
function profileOf(nodes: [number, string, string, number | null][], samples: [number, number][]): CpuProfile {
  return {
    nodes: nodes.map(([id, functionName, url]) => ({
      id,
      callFrame: { functionName, url },
      children: nodes.filter(([, , , parent]) => parent === id).map(([child]) => child),
    })),
    samples: samples.map(([id]) => id),
    timeDeltas: samples.map(([, time]) => time),
  };
}

const APP = '/srv/app';
const tree = profileOf(
  [
    [1, '(root)', '', null],
    [2, '(idle)', '', 1],
    [3, '(garbage collector)', '', 1],
    [4, 'emit', 'node:events', 1],
    [5, 'handle', `${APP}/node_modules/router/index.js`, 4],
    [6, 'list', `${APP}/dist/src/scim/users.handler.js`, 5],
    [7, 'findPage', `${APP}/dist/src/domain/query/paging.js`, 6],
    [8, 'get', `${APP}/node_modules/libsql/index.js`, 7],
    [9, 'sendScim', `${APP}/dist/src/scim/respond.js`, 6],
    [10, 'end', 'node:_http_outgoing', 9],
    [11, 'writev', '', 10],
    [12, 'Module._load', 'node:internal/modules/cjs/loader', 1],
    [13, '', '', 7],
    [14, '', `${APP}/node_modules/zod/index.cjs`, 12],
    [15, 'query', `${APP}/node_modules/pg/lib/client.js`, 7],
    [16, 'Socket._writeGeneric', 'node:net', 15],
    [17, 'writev', '', 16],
  ],
  [
    [2, 1000],
    [3, 50],
    [5, 20],
    [6, 30],
    [7, 40],
    [8, 100],
    [9, 5],
    [11, 200],
    [12, 400],
    [13, 7],
    [14, 30],
    [17, 60],
  ],
);

describe('layersOf', () => {
  const { layers, busy } = layersOf(tree);

  it.each([
    ['a frame of its own layer', 'Express', 20],
    ['the SCIM door, its own frames', 'scimgraph: SCIM door', 35],
    ['the domain, with an anonymous frame it called', 'scimgraph: domain', 47],
    ['a driver called by the domain, and the socket writes it makes: the driver', 'database drivers and pool', 160],
    ["a socket write called by the SCIM door: Node's HTTP", "Node's HTTP and sockets", 200],
    ['the garbage collector', 'garbage collection', 50],
    ["module loading, a library's module code included, apart from the busy time", START_UP, 430],
  ])('%s', (_case, layer, time) => {
    expect(layers.get(layer)).toBe(time);
  });

  it('leaves idle time out, and start-up out of the busy total', () => {
    expect(busy).toBe(20 + 35 + 47 + 160 + 200 + 50);
    expect([...layers.values()].reduce((a, b) => a + b, 0)).toBe(busy + 430);
  });
});
