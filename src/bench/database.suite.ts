import { startChild, type ChildServer } from './child.launcher';
import { bulkCreate, createFlows, userNameLookups } from './floor.scenarios';
import { startBenchApp, type BenchApp } from './harness';
import { indexImport } from './import';
import { floorDoor, scimgraphDoor, type Door } from './load.driver';
import { responsiveness } from './responsiveness';
import { timed, type Figure } from './measure';
import { dashboard, groupPatches } from './patch.scenarios';
import { membership } from './scenarios';
import { routeStatements } from './statements.scenarios';

/** How many users, requests and seconds each figure uses (`--scale` shrinks them). */
export interface Sizes {
  small: number;
  medium: number;
  large: number;
  /** Teams of the large organization (the dashboard's), and of the small one (GET /Groups). */
  teams: number;
  smallTeams: number;
  lookups: number;
  rounds: number;
  roundMs: number;
  warmMs: number;
  bulk: number;
  group: number;
  patches: number;
  dashboardRuns: number;
  add: number;
  largeTeam: number;
  pageSize: number;
  /** Heavy requests made while `/healthz` is probed, per kind. */
  heavy: number;
}

export function sizesFor(scale: number): Sizes {
  const at = (n: number, min = 1): number => Math.max(min, Math.round(n * scale));
  return {
    small: at(1_000, 10),
    medium: at(10_000, 20),
    large: at(100_000, 100),
    teams: at(50, 2),
    smallTeams: at(10, 2),
    lookups: at(300, 30),
    rounds: 8,
    roundMs: at(2_000, 500),
    warmMs: at(1_500, 300),
    bulk: at(10_000, 80),
    group: at(10_000, 10),
    patches: at(200, 20),
    dashboardRuns: at(50, 10),
    add: at(10_000, 10),
    largeTeam: at(50_000, 20),
    pageSize: 100,
    heavy: at(20, 4),
  };
}

export interface SuiteOptions {
  /** Where the scimgraph processes write their CPU profiles (`--profile`); none when undefined. */
  profileDir?: string;
  /** Only these groups of figures (`--only`); every group when undefined. */
  only?: readonly string[];
  log(line: string): void;
}

export interface SuiteResult {
  driver: string;
  /** Lines printed above the table: the durability settings each server ran with. */
  notes: string[];
  figures: Figure[];
  profiles: string[];
}

/** The run's organizations: `run` (empty: the create flows land there) and three seeded sizes. */
async function seedOrganizations(app: BenchApp, sizes: Sizes) {
  const seeding = await timed(async () => ({
    run: await app.organization('Bench run', 0),
    small: await app.organization('Bench small', sizes.small, sizes.smallTeams),
    medium: await app.organization('Bench medium', sizes.medium),
    large: await app.organization('Bench large', sizes.large, sizes.teams),
  }));
  const { small, large } = seeding.value;
  const users = (sizes.small + sizes.medium + sizes.large).toLocaleString('en');
  const memberships = (small.seed.memberships + large.seed.memberships).toLocaleString('en');
  const figure: Figure = { name: 'Setup: bulk seed (not measured below)', value: `${(seeding.ms / 1000).toFixed(1)} s`, detail: `${users} users in 3 organizations, ${memberships} memberships` };
  return { orgs: seeding.value, figure };
}

/**
 * Every figure on one database: seeds the run's organizations in this process, starts the floor
 * and the stack ceiling once, and a fresh scimgraph process per group of figures (so that a CPU
 * profile covers one group), then takes the statement counts in-process.
 */
export async function runSuite(postgresUrl: string | undefined, sizes: Sizes, options: SuiteOptions): Promise<SuiteResult> {
  const app = await startBenchApp(postgresUrl);
  const { log } = options;
  const tag = `[${app.driver}]`;
  const profiles: string[] = [];
  const durability = new Map<string, string>();
  let floor: ChildServer | undefined;
  let ceiling: ChildServer | undefined;
  try {
    log(`${tag} seeding ${[sizes.small, sizes.medium, sizes.large].map((n) => n.toLocaleString('en')).join(', ')} users`);
    const { orgs, figure } = await seedOrganizations(app, sizes);
    const { run, small, large } = orgs;
    const figures: Figure[] = [figure];
    floor = await startChild('floor', 'floor', app.database.url, { sockets: 8 });
    durability.set('floor', floor.durability);
    ceiling = await startChild('ceiling', 'ceiling', app.database.url, { sockets: 8 });
    durability.set('ceiling', ceiling.durability);
    const baselines = [floorDoor(ceiling, 'ceiling'), floorDoor(floor, 'floor')];

    /** A fresh scimgraph process for one group of figures, stopped (and its profile written) afterwards. */
    const wanted = (group: string): boolean => options.only === undefined || options.only.includes(group);
    const withServer = async (group: string, work: (server: ChildServer, doors: Door[]) => Promise<Figure[]>): Promise<void> => {
      if (!wanted(group)) return;
      log(`${tag} ${group}`);
      const name = `${app.driver}-${group}`;
      const server = await startChild('server', 'scimgraph', app.database.url, { sockets: 8, profile: options.profileDir ? { dir: options.profileDir, name } : undefined });
      durability.set('scimgraph', server.durability);
      try {
        figures.push(...(await work(server, [scimgraphDoor(server), ...baselines])));
      } finally {
        await server.stop();
      }
      if (options.profileDir) profiles.push(`${options.profileDir}/${name}.cpuprofile`);
    };

    const flows = { rounds: sizes.rounds, roundMs: sizes.roundMs, warmMs: sizes.warmMs };
    // The create flow's targets as BENCHMARKS.md ("The figures") sets them: on SQLite 35 % of the
    // floor at 8 clients and 50 % at 1, on PostgreSQL 50 % at both. The report prints each row's
    // verdict against its own database's target; the other rows' targets are SQLite's, printed on
    // PostgreSQL to compare.
    const flowShares = app.driver === 'sqlite' ? { eightClients: 0.35, oneClient: 0.5 } : { eightClients: 0.5, oneClient: 0.5 };
    await withServer('create-flow', async (_s, doors) => [
      ...(await createFlows(doors, run, { ...flows, clients: 8, minShare: flowShares.eightClients })),
      ...(await createFlows(doors, run, { ...flows, clients: 1, minShare: flowShares.oneClient })),
    ]);
    await withServer('lookup', (_s, doors) => userNameLookups(doors, orgs, sizes.lookups, sizes.warmMs));
    await withServer('bulk-create', async (_s, doors) => [await bulkCreate(doors, run, sizes.bulk, 8, 20, 0.35)]);
    // The dashboard first: it expects the seeded teams only, and the PATCHes add groups.
    await withServer('dashboard', (server) => dashboard(app, large, large.on(server.client), sizes.dashboardRuns));
    await withServer('group-patch', (server) => groupPatches(app, large.on(server.client), sizes.group, sizes.patches));
    await withServer('responsiveness', (server) => responsiveness(app, large.on(server.client), server.client.baseUrl, sizes.group, sizes.heavy));
    if (wanted('statements')) {
      log(`${tag} statements per SCIM route (in-process)`);
      figures.push(...(await routeStatements(app, small)));
    }
    await withServer('index-import', (server) => indexImport(large.on(server.client), sizes.pageSize));
    if (wanted('membership')) {
      log(`${tag} membership at scale (in-process)`);
      figures.push(...(await membership(app, large, sizes.add, sizes.largeTeam)));
    }
    return { driver: app.driver, notes: durabilityNotes(durability), figures, profiles };
  } finally {
    await ceiling?.stop();
    await floor?.stop();
    await app.close();
  }
}

function durabilityNotes(durability: Map<string, string>): string[] {
  const [scimgraph, ceiling, floor] = [durability.get('scimgraph'), durability.get('ceiling'), durability.get('floor')];
  const line = `Durability, as each server's connection reports it: scimgraph ${scimgraph}; stack ceiling ${ceiling}; floor ${floor}.`;
  return scimgraph === floor && ceiling === floor ? [line] : [line, '**The servers commit differently: the ratios compare unlike work.**'];
}
