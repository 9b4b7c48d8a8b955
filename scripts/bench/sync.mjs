// How fast the sync engine moves a big workbook, next to PouchDB's own
// replicate() and the raw limit of the same HTTP + IndexedDB work, in
// Chromium with real IndexedDB against PouchDB Server (in memory, CORS on,
// 127.0.0.1). The page side is scripts/bench/syncPage.ts, bundled with vite
// here and loaded into a blank page of the bench's own (no app, no CSP), in a
// new browser for every run, so each heap figure is that run's alone and no
// run inherits another's IndexedDB data.
//
// BENCH_DOCS (10000), BENCH_PULL_BATCH (500), BENCH_PUSH_BATCH (200): the
// engine's defaults; PouchDB and the raw runs use the same batch sizes.
// BENCH_SYNC_RUNS (2; not BENCH_RUNS, which the other benches read): rounds
// of all six runs; the table shows the best of each (this kind of 2-core
// machine is noisy), the lines above it every run.
// BENCH_PROFILE=1 adds CPU-profiled runs of our pull and push (and PouchDB's)
// through the DevTools protocol, with self time per area (our handler, RxDB,
// validation, Dexie, waiting for HTTP/IndexedDB ...), and saves the
// .cpuprofile files in the temporary folder.
// For experiments without touching shared files: BENCH_ONLY='ours pull,ours push'
// runs only those rows; BENCH_REPLACE='shared/sync/workbookReplication.ts=/tmp/x.ts'
// (comma-separated) bundles another file in place of a repository module.
import { readdir, readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, runnerImport } from 'vite';
import { chromiumArgs } from './chromium.mjs';

const count = Number(process.env.BENCH_DOCS ?? 10_000);
// The engine's defaults (defaultBatchSizes in shared/sync/workbookReplication.ts);
// PouchDB's replicate() gets the same batch_size.
const pullBatch = Number(process.env.BENCH_PULL_BATCH ?? 2000);
const pushBatch = Number(process.env.BENCH_PUSH_BATCH ?? 2000);
const runs = Number(process.env.BENCH_SYNC_RUNS ?? 2);
const profile = process.env.BENCH_PROFILE === '1';
const phaseTimeoutMs = Number(process.env.BENCH_PHASE_TIMEOUT_MS ?? 240_000);
const only = process.env.BENCH_ONLY
  ? process.env.BENCH_ONLY.split(',').map((key) => key.trim())
  : null;
const root = fileURLToPath(new URL('../../', import.meta.url));
const replacements = new Map(
  (process.env.BENCH_REPLACE ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [from, to] = pair.split('=');
      return [join(root, from.trim()), to.trim()];
    }),
);
const community = 'bench';
const cores = availableParallelism();
const user = { username: 'bench-leader', password: 'bench-pw', roles: ['kopspeks:leader:bench'] };

const entry = fileURLToPath(new URL('./syncPage.ts', import.meta.url));

/**
 * pouchdb-browser imports Node's `events`, which no installed package
 * provides for the browser: a small emitter with the methods PouchDB uses,
 * creating its listener table lazily as Node's does (PouchDB builds its
 * instances without calling the emitter's constructor).
 */
const eventsShim = {
  name: 'kopspeks-events-shim',
  enforce: 'pre',
  resolveId: (id) => (id === 'events' ? '\0events-shim' : null),
  load: (id) =>
    id === '\0events-shim'
      ? `const table = (emitter) => (emitter._events ??= new Map());
         // Methods enumerable, as on Node's prototype: PouchDB copies them by Object.keys.
         export function EventEmitter() {}
         Object.assign(EventEmitter.prototype, {
           on(type, listener) {
             const list = table(this).get(type);
             if (list) list.push(listener);
             else table(this).set(type, [listener]);
             return this;
           },
           addListener(type, listener) { return this.on(type, listener); },
           once(type, listener) {
             const wrapper = (...args) => { this.removeListener(type, wrapper); listener.apply(this, args); };
             wrapper.listener = listener;
             return this.on(type, wrapper);
           },
           removeListener(type, listener) {
             const list = table(this).get(type);
             if (!list) return this;
             const index = list.findIndex((l) => l === listener || l.listener === listener);
             if (index !== -1) list.splice(index, 1);
             if (list.length === 0) table(this).delete(type);
             return this;
           },
           off(type, listener) { return this.removeListener(type, listener); },
           removeAllListeners(type) {
             if (type === undefined) table(this).clear();
             else table(this).delete(type);
             return this;
           },
           emit(type, ...args) {
             const list = table(this).get(type);
             if (!list) {
               if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
               return false;
             }
             for (const listener of [...list]) listener.apply(this, args);
             return true;
           },
           listeners(type) { return (table(this).get(type) ?? []).map((l) => l.listener ?? l); },
           listenerCount(type) { return table(this).get(type)?.length ?? 0; },
           eventNames() { return [...table(this).keys()]; },
           setMaxListeners() { return this; },
         });
         EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
         export default EventEmitter;`
      : null,
};

/** BENCH_REPLACE: another file bundled in place of a repository module. */
const replace = {
  name: 'kopspeks-bench-replace',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (replacements.size === 0 || !importer) return null;
    // A replacement's own imports resolve as if it stood where the original does.
    const original = [...replacements].find(([, to]) => to === importer)?.[0];
    const resolved = await this.resolve(source, original ?? importer, {
      ...options,
      skipSelf: true,
    });
    if (!resolved) return null;
    if (replacements.has(resolved.id)) return replacements.get(resolved.id);
    return original ? resolved : null;
  },
};

/** The page module as one classic script with its source map (for the profile). */
async function pageBundle() {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [eventsShim, replace],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      sourcemap: true,
      lib: { entry: replacements.get(entry) ?? entry, formats: ['iife'], name: 'kopspeksSyncPage' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunk = output.find((file) => file.type === 'chunk');
  return { code: chunk.code, map: chunk.map };
}

/** A blank page and the bundle, same origin, on 127.0.0.1 (a secure context). */
function startPageServer(code) {
  const server = createServer((request, response) => {
    if (request.url === '/syncPage.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(code);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        '<!doctype html><meta charset="utf-8"><title>sync bench</title><script src="/syncPage.js"></script>',
      );
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}

// --- CPU use outside the page: the server process and the whole machine ---

async function findServerPid(port) {
  for (const entryName of await readdir('/proc')) {
    if (!/^\d+$/.test(entryName)) continue;
    try {
      const cmdline = (await readFile(`/proc/${entryName}/cmdline`, 'utf8')).split('\0');
      if (cmdline.some((arg) => arg.endsWith('pouchdb-server')) && cmdline.includes(String(port))) {
        return Number(entryName);
      }
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

async function cpuNow(serverPid) {
  const ticks = 100; // CLK_TCK
  let server = NaN;
  if (serverPid) {
    try {
      const stat = (await readFile(`/proc/${serverPid}/stat`, 'utf8')).split(') ')[1].split(' ');
      server = ((Number(stat[11]) + Number(stat[12])) / ticks) * 1000;
    } catch {
      // not readable
    }
  }
  const all = (await readFile('/proc/stat', 'utf8'))
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const idle = all[3] + all[4];
  const total = all.reduce((a, b) => a + b, 0);
  return { server, idle, total, at: performance.now() };
}

// --- Source-mapped CPU profile summary ---

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Per generated line, [column, source index] pairs: enough to name a function's file. */
function decodeSourceMap(map) {
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return (line, col) => {
    const segments = lines[line] ?? [];
    let found = null;
    for (const [column, index] of segments) {
      if (column > col) break;
      found = index;
    }
    if (found === null && segments.length > 0) found = segments[0][1];
    return found === null ? '' : map.sources[found];
  };
}

function areaOf(file, functionName) {
  if (!file) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle (waiting: HTTP, IndexedDB, timers)';
    if (functionName === '(program)') return 'browser internals (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  const f = file.replace(/\\/g, '/');
  if (f.includes('shared/sync/couchDocs')) return 'ours: couchDocs (to/fromCouchDoc)';
  if (f.includes('shared/sync/merge')) return 'ours: merge (sameContent)';
  if (f.includes('shared/sync/couchClient')) return 'ours: couchClient';
  if (f.includes('shared/sync/')) return 'ours: workbookReplication';
  if (f.includes('node_modules/zod')) return 'zod (fromCouchDoc parse)';
  if (
    f.includes('node_modules/z-schema') ||
    f.includes('validate-z-schema') ||
    f.includes('plugin-helpers')
  )
    return 'validation (z-schema)';
  if (
    f.includes('rxdb/dist/esm/replication-protocol') ||
    f.includes('rxdb/dist/esm/plugins/replication')
  )
    return 'RxDB replication protocol';
  if (f.includes('rxdb/dist/esm/plugins/storage-dexie')) return 'RxDB Dexie storage';
  if (f.includes('rxdb/dist/esm/plugins/utils')) return 'RxDB utils (hash, clone, ...)';
  if (f.includes('node_modules/rxdb')) return 'RxDB core (storage helper, events, docs)';
  if (f.includes('node_modules/dexie')) return 'Dexie';
  if (f.includes('node_modules/rxjs')) return 'rxjs';
  if (f.includes('node_modules/pouchdb') || f.includes('spark-md5') || f.includes('vuvuzela'))
    return 'PouchDB';
  if (f.includes('scripts/bench/')) return 'bench instrumentation';
  return f.replace(/^.*node_modules\//, '');
}

function summariseProfile(cpuProfile, sourceOf, bundleUrl) {
  const byId = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < cpuProfile.samples.length; i += 1) {
    const delta = (cpuProfile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(cpuProfile.samples[i], (self.get(cpuProfile.samples[i]) ?? 0) + delta);
  }
  const areas = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    const file =
      callFrame.url === bundleUrl ? sourceOf(callFrame.lineNumber, callFrame.columnNumber) : '';
    const fn =
      callFrame.url && callFrame.url !== bundleUrl ? `(${callFrame.url})` : callFrame.functionName;
    const area = areaOf(file, fn);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const key = `${callFrame.functionName || '(anonymous)'}  [${file ? file.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '') : fn}]`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    total += ms;
  }
  return { total, areas, functions };
}

// --- Running phases in fresh pages ---

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rate = (docs, ms) => (docs / ms) * 1000;

export async function benchSync() {
  const started = performance.now();
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()();
      } catch (error) {
        console.error('cleanup:', error);
      }
    }
  };
  const onSignal = (signal) => {
    void cleanup().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { code, map } = await pageBundle();
    const sourceOf = decodeSourceMap(map);
    const page = await startPageServer(code);
    cleanups.push(() => new Promise((resolve) => page.server.close(resolve)));

    const { module: couchModule } = await runnerImport(
      fileURLToPath(new URL('../test-support/couchServer.ts', import.meta.url)),
    );
    const couch = await couchModule.startCouchServer({ cors: true });
    cleanups.push(() => couch.stop());
    const serverPid = await findServerPid(couch.port);
    const db = await couchModule.createCommunityDatabase(couch, community, [user]);
    const recreate = async () => {
      const response = await couch.adminFetch(db, { method: 'DELETE' });
      if (!response.ok && response.status !== 404)
        throw new Error(`DELETE ${db}: ${response.status}`);
      await couchModule.createCommunityDatabase(couch, community, [user]);
    };

    /**
     * A new browser with a new profile for every phase: Chromium keeps all of
     * an origin's IndexedDB databases in one LevelDB, so data (and background
     * compaction) left by one phase would slow the next.
     */
    const withFreshBrowser = async (run) => {
      const dir = await mkdtemp(join(tmpdir(), 'kopspeks-bench-sync-'));
      let context;
      const close = async () => {
        await context?.close();
        await rm(dir, { recursive: true, force: true });
      };
      cleanups.push(close);
      try {
        context = await chromium.launchPersistentContext(dir, {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          headless: true,
          args: [...chromiumArgs, '--enable-precise-memory-info'],
        });
        return await run(context);
      } finally {
        cleanups.splice(cleanups.indexOf(close), 1);
        await close();
      }
    };

    const bundleUrl = `${page.url}syncPage.js`;
    let tag = 0;
    const config = () => ({
      serverUrl: couch.url,
      db,
      communityId: community,
      username: user.username,
      password: user.password,
      count,
      pullBatch,
      pushBatch,
      tag: `-${(tag += 1)}-${Date.now().toString(36)}`,
    });

    /** One phase in a fresh page: wall time, CPU, heap after a forced GC. */
    const runPhase = (name, options = {}) =>
      withFreshBrowser((context) => runInPage(context, name, options));
    const runInPage = async (context, name, options) => {
      const tab = context.pages()[0] ?? (await context.newPage());
      const warnings = [];
      tab.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') {
          const text = message.text();
          // PouchDB probes for checkpoints it has not written yet (404).
          if (!text.includes('RxDB Open Core RxStorage') && !/status of 404/.test(text)) {
            warnings.push(text.slice(0, 300));
          }
        }
      });
      tab.on('pageerror', (error) => warnings.push(`pageerror: ${error.message}`));
      try {
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Performance.enable');
        const metrics = async () =>
          Object.fromEntries(
            (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
          );
        // The page calls these around its timed part only (set-up such as
        // filling the local workbook stays out of the CPU figures and profile).
        const window = {};
        await tab.exposeFunction('kopspeksBenchStart', async () => {
          if (options.profile) {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
            await cdp.send('Profiler.start');
          }
          window.before = await metrics();
          window.cpuBefore = await cpuNow(serverPid);
        });
        await tab.exposeFunction('kopspeksBenchStop', async () => {
          window.cpuAfter = await cpuNow(serverPid);
          window.after = await metrics();
          if (options.profile) window.cpuProfile = (await cdp.send('Profiler.stop')).profile;
        });
        await tab.goto(page.url);
        await tab.waitForFunction(() => 'kopspeksSyncBench' in globalThis);
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          return tab.evaluate(() => performance.memory.usedJSHeapSize);
        };
        const baseHeap = await heap();
        let timer;
        const result = await Promise.race([
          tab.evaluate(
            ([phase, cfg]) => globalThis.kopspeksSyncBench.run(phase, cfg),
            [name, config()],
          ),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`${name} took over ${phaseTimeoutMs} ms`)),
              phaseTimeoutMs,
            );
          }),
        ]).finally(() => clearTimeout(timer));
        // The heap with what the phase opened still open (the workbook and its live sync).
        const heapAfter = await heap();
        await tab.evaluate(() => globalThis.kopspeksSyncBench.closeOpen());
        const { before, after, cpuBefore, cpuAfter } = window;
        const cpu = before &&
          after && {
            pageBusy: (after.TaskDuration - before.TaskDuration) * 1000,
            server: cpuAfter.server - cpuBefore.server,
            machineBusy:
              1 - (cpuAfter.idle - cpuBefore.idle) / Math.max(1, cpuAfter.total - cpuBefore.total),
          };
        return { ...result, baseHeap, heapAfter, cpu, warnings, cpuProfile: window.cpuProfile };
      } finally {
        await tab.close();
      }
    };

    const log = (line = '') => console.info(line);

    // Set-up: the documents on the server (also warms the server up).
    const seeded = await runPhase('seed');
    const types = Object.entries(seeded.byType)
      .map(([type, t]) => `${t.count} ${type} of ${(t.bytes / t.count).toFixed(0)} B`)
      .join(', ');
    log(
      `${seeded.docs} documents (${types}), ${seeded.averageBytes.toFixed(0)} bytes of JSON each on average; ` +
        `batches: pull ${pullBatch}, push ${pushBatch} (ours, PouchDB batch_size, raw)`,
    );

    const results = {};
    const trials = {};
    const step = async (key, phase, before) => {
      if (only && !only.includes(key)) return;
      if (before) await before();
      const result = await runPhase(phase);
      (trials[key] ??= []).push(result);
      if (!results[key] || result.ms < results[key].ms) results[key] = result;
      if (result.docs !== count) throw new Error(`${key}: ${result.docs} of ${count} documents`);
      const extra = Object.entries(result.marks)
        .map(([mark, ms]) => `${mark} ${s(ms)}`)
        .concat(result.notes)
        .join('; ');
      log(
        `  ${key.padEnd(13)} ${s(result.ms).padStart(8)}  ${rate(result.docs, result.ms).toFixed(0).padStart(5)} docs/s` +
          `  renderer busy ${s(result.cpu.pageBusy)}, server CPU ${s(result.cpu.server)},` +
          ` machine ${(result.cpu.machineBusy * 100).toFixed(0)} % of ${cores} cores` +
          (extra ? `\n  ${''.padEnd(13)} ${extra}` : ''),
      );
      if (result.warnings.length > 0) {
        log(
          `  ${''.padEnd(13)} page warnings: ${result.warnings.length}, first: ${result.warnings[0]}`,
        );
      }
    };

    for (let round = 1; round <= runs; round += 1) {
      if (round > 1) {
        await recreate();
        await runPhase('seed');
      }
      log(
        `Round ${round} of ${runs} (each run in a fresh browser; CPU figures cover the timed part only):`,
      );
      await step('raw pull', 'rawPull');
      await step('ours pull', 'oursPull');
      await step('PouchDB pull', 'pouchPull');
      await step('raw push', 'rawPush', recreate);
      await step('ours push', 'oursPush', recreate);
      await step('PouchDB push', 'pouchPush', recreate);
    }

    const r = (key) => (results[key] ? rate(count, results[key].ms) : NaN);
    const fmt = (value, digits = 0, suffix = '') =>
      Number.isNaN(value) ? '—' : `${value.toFixed(digits)}${suffix}`;
    const row = (label, pull, push) =>
      `  ${label.padEnd(26)}${pull.padStart(14)}${push.padStart(14)}`;
    log('');
    log(
      `Sync of ${count} documents, Chromium + IndexedDB <-> PouchDB Server (in memory, loopback), best of ${runs}`,
    );
    log(row('', 'pull docs/s', 'push docs/s'));
    log(row('RxDB engine (ours)', fmt(r('ours pull')), fmt(r('ours push'))));
    log(row('PouchDB replicate()', fmt(r('PouchDB pull')), fmt(r('PouchDB push'))));
    log(row('raw limit', fmt(r('raw pull')), fmt(r('raw push'))));
    log(
      row(
        'ours / PouchDB',
        fmt(r('ours pull') / r('PouchDB pull'), 2, '×'),
        fmt(r('ours push') / r('PouchDB push'), 2, '×'),
      ),
    );
    log(
      row(
        'ours / raw',
        fmt(r('ours pull') / r('raw pull'), 2, '×'),
        fmt(r('ours push') / r('raw push'), 2, '×'),
      ),
    );
    // The heap: the largest of the runs, not the best.
    const pull = trials['ours pull']?.reduce((a, b) => (b.heapAfter > a.heapAfter ? b : a));
    if (pull) {
      log(
        `  JS heap after the first sync (forced GC, workbook and sync still open): ${mb(pull.heapAfter)}` +
          ` (empty page ${mb(pull.baseHeap)}, sampled peak during the sync ${mb(pull.peakHeap)}); aim < 150 MB`,
      );
    }
    const others = ['PouchDB pull', 'raw pull'].filter((key) => results[key]);
    if (others.length > 0) {
      log(
        `  for comparison, heap after ${others.map((key) => `${key} ${mb(results[key].heapAfter)}`).join(', ')}`,
      );
    }
    const goal = (ok) => (ok === undefined ? '—' : ok ? 'met' : 'NOT met');
    const all = [
      'ours pull',
      'ours push',
      'PouchDB pull',
      'PouchDB push',
      'raw pull',
      'raw push',
    ].every((key) => results[key]);
    const floor = all
      ? r('ours pull') >= r('PouchDB pull') && r('ours push') >= r('PouchDB push')
      : undefined;
    const aim = all
      ? r('ours pull') >= 2 * r('PouchDB pull') &&
        r('ours push') >= 2 * r('PouchDB push') &&
        r('ours pull') >= 0.5 * r('raw pull') &&
        r('ours push') >= 0.5 * r('raw push')
      : undefined;
    log(
      `  floor (>= PouchDB both ways): ${goal(floor)}; aim (2× PouchDB and ½ raw both ways): ${goal(aim)};` +
        ` heap < 150 MB: ${goal(pull ? pull.heapAfter < 150 * 1024 * 1024 : undefined)}`,
    );

    // Where our engine's time went (wall-clock sums; HTTP overlaps storage work).
    for (const key of ['ours pull', 'ours push'].filter((name) => results[name])) {
      log('');
      log(`${key}: wall-clock time inside each layer (summed over calls; layers nest and overlap)`);
      const entries = Object.entries(results[key].timings).sort((a, b) => b[1].ms - a[1].ms);
      for (const [name, t] of entries) {
        log(
          `  ${name.padEnd(52)} ${s(t.ms).padStart(8)}  ${String(t.calls).padStart(5)} calls` +
            (t.docs ? `  ${String(t.docs).padStart(6)} docs/rows` : ''),
        );
      }
    }

    if (profile) {
      const profiled = {};
      const profiledRuns = [
        ['ours pull', 'oursPull'],
        ['ours push', 'oursPush'],
        ['PouchDB pull', 'pouchPull'],
        ['PouchDB push', 'pouchPush'],
      ].filter(([key]) => !only || only.includes(key));
      for (const [key, phase] of profiledRuns) {
        await recreate();
        if (key.endsWith('pull')) await runPhase('seed');
        profiled[key] = await runPhase(phase, { profile: true });
      }
      for (const [key, result] of Object.entries(profiled)) {
        const file = join(
          tmpdir(),
          `kopspeks-sync-${key.replace(/\s+/g, '-').toLowerCase()}.cpuprofile`,
        );
        await writeFile(file, JSON.stringify(result.cpuProfile));
        const summary = summariseProfile(result.cpuProfile, sourceOf, bundleUrl);
        log('');
        log(
          `${key}, CPU profile of the page's main thread, timed part only (profiled run ${s(result.ms)}; ${file})`,
        );
        log('  self time by area:');
        for (const [area, ms] of [...summary.areas].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
          log(
            `    ${area.padEnd(50)} ${s(ms).padStart(8)}  ${((ms / summary.total) * 100).toFixed(1).padStart(5)} %`,
          );
        }
        log('  top functions by self time:');
        for (const [fn, ms] of [...summary.functions].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
          log(`    ${s(ms).padStart(8)}  ${fn.slice(0, 110)}`);
        }
      }
    }
    log('');
    log(`bench:sync took ${s(performance.now() - started)}`);
  } finally {
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
