/// <reference types="vite/client" />
// Bundled by scripts/bench/sync.mjs for the browser (vite, at bench time) and
// loaded into the benchmark's own blank page only; nothing of this ships in
// the app. Each phase runs in a fresh page, so the heap of one phase does not
// carry the documents of another. It measures, against the same server and
// the same documents:
// - our engine (WorkbookSync on the app's database: Dexie, z-schema, the
//   app's collections and conflict handler), pull and push;
// - PouchDB's own replicate() (pouchdb-browser, IndexedDB adapter);
// - the raw limit: `_changes` pages + one Dexie bulkPut per page; `_bulk_docs`.
import Dexie from 'dexie';
// @ts-expect-error -- pouchdb-browser ships no types; the few calls used here are typed below.
import PouchDBImport from 'pouchdb-browser';
import type { RxStorage, RxStorageInstance } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createDatabase, type KopspeksDatabase } from '../../renderer/src/db/database';
import { withIndexedChanges } from '../../renderer/src/db/dexieChanges';
import { currentDataVersion } from '../../shared/db/migrations/dataMigrations';
import { itemId, type ItemDoc, type ItemType } from '../../shared/db/schemas/item.schema';
import { budgetLimits, fundingSources } from '../../shared/domain/budget';
import {
  eventKinds,
  invitationStatuses,
  partnerKinds,
  planStatuses,
} from '../../shared/domain/eventPlan';
import { needCategories, needSolvers, needStatuses } from '../../shared/domain/need';
import { emptyRichText, type RichTextNode } from '../../shared/domain/richText';
import { sessionStatuses } from '../../shared/domain/session';
import { CouchClient } from '../../shared/sync/couchClient';
import { toCouchDoc } from '../../shared/sync/couchDocs';
import { WorkbookSync } from '../../shared/sync/workbookReplication';

export type BenchConfig = {
  serverUrl: string;
  db: string;
  communityId: string;
  username: string;
  password: string;
  count: number;
  pullBatch: number;
  pushBatch: number;
  /** A name no earlier phase used, for the local databases. */
  tag: string;
};

/** Where time went, summed per key: wall milliseconds, calls and documents. */
type Timings = Record<string, { calls: number; ms: number; docs: number }>;

export type PhaseResult = {
  ms: number;
  docs: number;
  /** Extra timestamps (ms after the start), e.g. when the engine went idle. */
  marks: Record<string, number>;
  timings: Timings;
  peakHeap: number;
  notes: string[];
};

// ---------------------------------------------------------------------------
// Documents: a deterministic mix of needs, mentoring sessions with rich-text
// notes, and event plans with agenda, tasks and budget, in the app's shapes.

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const words = [
  'apkaime',
  'iedzīvotāji',
  'sapulce',
  'soliņi',
  'apgaismojums',
  'bērnu laukums',
  'pagalms',
  'ceļa segums',
  'bibliotēka',
  'jaunieši',
  'seniori',
  'talka',
  'pašvaldība',
  'skvērs',
  'koku stādīšana',
  'atkritumu šķirošana',
  'drošība vakaros',
  'satiksme',
  'informācijas stends',
  'kultūras nams',
  'sporta laukums',
  'dzeramais ūdens',
  'autobusa pietura',
  'gājēju pāreja',
  'veloceliņš',
  'suņu pastaigu vieta',
  'kopienas dārzs',
  'Jāņu svinības',
  'kaimiņu tikšanās',
  'brīvprātīgie',
];
const people = [
  'Inese Kalniņa',
  'Jānis Bērziņš',
  'Līga Ozola',
  'Māris Liepiņš',
  'Dace Krūmiņa',
  'Andris Zariņš',
  'Ilze Vītola',
  'Kārlis Siliņš',
];

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const between = (rand: Rand, min: number, max: number) =>
  min + Math.floor(rand() * (max - min + 1));
const uuid = (rand: Rand) => {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
};
const sentence = (rand: Rand, min: number, max: number) => {
  const text = Array.from({ length: between(rand, min, max) }, () => pick(rand, words)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const day = (rand: Rand) =>
  `2026-${String(between(rand, 1, 12)).padStart(2, '0')}-${String(between(rand, 1, 28)).padStart(2, '0')}`;
const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });

function needData(rand: Rand) {
  return {
    title: sentence(rand, 2, 4),
    description: `${sentence(rand, 6, 10)} ${sentence(rand, 6, 10)}`,
    category: pick(rand, needCategories),
    status: pick(rand, needStatuses),
    solver: pick(rand, needSolvers),
    evidenceSource: `Sapulces protokols, ${day(rand)}`,
    quotes: Array.from({ length: between(rand, 1, 3) }, () => ({
      id: uuid(rand),
      text: sentence(rand, 4, 8),
    })),
    proposedSolution: sentence(rand, 5, 10),
    ratings: Array.from({ length: between(rand, 1, 3) }, () => ({
      assessmentId: `assessment-${uuid(rand)}`,
      urgency: between(rand, 1, 5),
      impact: between(rand, 1, 5),
      feasibility: between(rand, 1, 5),
      residentsAffected: between(rand, 0, 500),
      votes: between(rand, 0, 12),
    })),
  };
}

function sessionData(rand: Rand) {
  const notes = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('Sarunas kopsavilkums')] },
      paragraph(
        text(`${sentence(rand, 4, 8)} `),
        text(pick(rand, words), [{ type: 'bold' }]),
        text(` ${sentence(rand, 4, 8)}`),
      ),
      {
        type: 'bulletList',
        content: Array.from({ length: between(rand, 2, 3) }, () => ({
          type: 'listItem',
          content: [paragraph(text(sentence(rand, 3, 6)))],
        })),
      },
      {
        type: 'taskList',
        content: Array.from({ length: between(rand, 1, 2) }, () => ({
          type: 'taskItem',
          attrs: { checked: rand() < 0.5 },
          content: [paragraph(text(sentence(rand, 3, 5)))],
        })),
      },
      paragraph(
        text('Vairāk: '),
        text('programmas lapa', [
          { type: 'link', attrs: { href: 'https://example.org/kopienas' } },
          { type: 'italic' },
        ]),
      ),
    ],
  };
  return {
    date: day(rand),
    mentor: pick(rand, people),
    participants: `${pick(rand, people)}, ${pick(rand, people)}, ${pick(rand, people)}`,
    topics: sentence(rand, 3, 6),
    notes,
    status: pick(rand, sessionStatuses),
  };
}

function eventPlanData(rand: Rand, needIds: string[]) {
  const days = Array.from({ length: rand() < 0.2 ? 2 : 1 }, () => ({
    id: uuid(rand),
    date: day(rand),
  }));
  let minutes = 10 * 60;
  return {
    kind: pick(rand, eventKinds),
    title: sentence(rand, 2, 4),
    goals: sentence(rand, 5, 10),
    status: pick(rand, planStatuses),
    place: `${pick(rand, words)}, Baloži`,
    audience: 'Apkaimes iedzīvotāji',
    expectedParticipants: between(rand, 10, 200),
    needIds: needIds.slice(0, between(rand, 0, Math.min(2, needIds.length))),
    days,
    agenda: Array.from({ length: between(rand, 3, 4) }, () => {
      const start = minutes;
      minutes += between(rand, 2, 6) * 15;
      return {
        id: uuid(rand),
        dayId: days[0]!.id,
        start: time(start),
        end: time(minutes),
        title: sentence(rand, 2, 4),
        who: pick(rand, people),
      };
    }),
    tasks: Array.from({ length: between(rand, 2, 3) }, () => ({
      id: uuid(rand),
      title: sentence(rand, 2, 4),
      who: pick(rand, people),
      due: day(rand),
      done: rand() < 0.3,
    })),
    partners: [
      {
        id: uuid(rand),
        name: 'Novada pašvaldība',
        kind: pick(rand, partnerKinds),
        status: pick(rand, invitationStatuses),
      },
    ],
    budget: Array.from({ length: 2 }, () => ({
      id: uuid(rand),
      item: sentence(rand, 1, 3).slice(0, budgetLimits.item),
      quantityHundredths: between(rand, 1, 50) * 100,
      unitCostCents: between(rand, 1, 400) * 50,
      actualCents: rand() < 0.5 ? null : between(rand, 100, 20_000),
      source: pick(rand, fundingSources),
    })),
    ideas: [],
    report: {
      actualParticipants: null,
      results: emptyRichText(),
      worked: emptyRichText(),
      change: emptyRichText(),
    },
  };
}

/** The same `count` workbook documents on every call (a fixed seed). */
export function benchItems(communityId: string, count: number): ItemDoc[] {
  const rand = random(20_260_419);
  const start = Date.parse('2025-09-01T08:00:00.000Z');
  const needIds: string[] = [];
  const items: ItemDoc[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = rand();
    const type: ItemType = roll < 0.45 ? 'need' : roll < 0.75 ? 'session' : 'eventPlan';
    const docId = `${type}-${uuid(rand)}`;
    const data =
      type === 'need'
        ? needData(rand)
        : type === 'session'
          ? sessionData(rand)
          : eventPlanData(rand, needIds);
    if (type === 'need' && needIds.length < 50) needIds.push(docId);
    const created = new Date(start + i * 61_000).toISOString();
    items.push({
      id: itemId(communityId, docId),
      communityId,
      docId,
      type,
      dataVersion: currentDataVersion(type),
      createdAt: created,
      updatedAt: new Date(start + i * 61_000 + between(rand, 0, 86_400_000)).toISOString(),
      updatedBy: pick(rand, people),
      archivedAt: null,
      data,
    });
  }
  return items;
}

const couchDocs = (items: ItemDoc[]) =>
  items.map((item) => toCouchDoc({ ...item, _deleted: false }));

// ---------------------------------------------------------------------------
// Instrumentation: cheap wall-clock sums, so it stays on in the timed runs.

let timings: Timings = {};

function record(key: string, ms: number, docs = 0) {
  const entry = (timings[key] ??= { calls: 0, ms: 0, docs: 0 });
  entry.calls += 1;
  entry.ms += ms;
  entry.docs += docs;
}

type AsyncFn = (...args: never[]) => Promise<unknown>;

function timed<F extends AsyncFn>(key: string, fn: F, docs?: (args: Parameters<F>) => number): F {
  return (async (...args: Parameters<F>) => {
    const started = performance.now();
    try {
      return await fn(...args);
    } finally {
      record(key, performance.now() - started, docs ? docs(args) : 0);
    }
  }) as F;
}

const sizeOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * Dexie storage with the time of each storage call summed per collection:
 * `dexie` is the storage alone; `stored` is what RxDB waited for, with the
 * z-schema validation the app wraps around it (the validator replaces
 * `bulkWrite` on the instance this returns; the setter catches that).
 */
function timedDexieStorage(): RxStorage<unknown, unknown> {
  // The app's storage (database.ts): Dexie with indexed change reads.
  const inner = withIndexedChanges(getRxStorageDexie()) as RxStorage<unknown, unknown>;
  return Object.assign({}, inner, {
    async createStorageInstance(
      params: Parameters<RxStorage<unknown, unknown>['createStorageInstance']>[0],
    ) {
      const instance = (await inner.createStorageInstance(params)) as unknown as Record<
        string,
        unknown
      > &
        RxStorageInstance<unknown, unknown, unknown>;
      const kind = params.collectionName.startsWith('rx-replication-meta')
        ? 'meta'
        : params.collectionName;
      for (const method of [
        'findDocumentsById',
        'query',
        'count',
        'getChangedDocumentsSince',
      ] as const) {
        const original = (instance[method] as AsyncFn).bind(instance);
        instance[method] = timed(`dexie ${kind}.${method}`, original, (args) =>
          sizeOf(args[0]),
        ) as never;
      }
      let bulkWrite = timed(
        `dexie ${kind}.bulkWrite`,
        (instance.bulkWrite as AsyncFn).bind(instance),
        (args) => sizeOf(args[0]),
      );
      Object.defineProperty(instance, 'bulkWrite', {
        configurable: true,
        get: () => bulkWrite,
        set: (validated: AsyncFn) => {
          bulkWrite = timed(`stored ${kind}.bulkWrite (validation + dexie)`, validated, (args) =>
            sizeOf(args[0]),
          );
        },
      });
      return instance;
    },
  });
}

/** Wraps the client's calls (fetch + body + JSON) and the engine's handlers. */
function instrument(client: CouchClient, sync: WorkbookSync) {
  const c = client as unknown as Record<string, AsyncFn>;
  for (const method of ['session', 'changes', 'allDocs', 'bulkDocs', 'databaseInfo']) {
    const original = c[method]!.bind(client);
    c[method] = timed(`http ${method}`, original, (args) =>
      method === 'bulkDocs' || method === 'allDocs' ? sizeOf(args[1]) : 0,
    );
  }
  // The engine's handlers, as replicateRxCollection calls them (`this.pull`/`this.push`).
  const s = sync as unknown as Record<string, AsyncFn>;
  s.pull = timed('handler pull (ours, incl. http)', s.pull!.bind(sync));
  s.push = timed('handler push (ours, incl. http)', s.push!.bind(sync), (args) => sizeOf(args[0]));
}

// ---------------------------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Tells the bench where the timed part starts and ends (CPU figures, profile). */
async function mark(which: 'Start' | 'Stop') {
  const hook = (globalThis as Record<string, unknown>)[`kopspeksBench${which}`];
  if (typeof hook === 'function') await (hook as () => Promise<void>)();
}
const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, sleep(ms).then(() => undefined)]);

function authFetch(config: BenchConfig) {
  const authorization = `Basic ${btoa(`${config.username}:${config.password}`)}`;
  return (url: string, init: RequestInit = {}) =>
    fetch(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization },
    });
}

async function getJson<T>(config: BenchConfig, path: string, init: RequestInit = {}): Promise<T> {
  const response = await authFetch(config)(new URL(path, config.serverUrl).toString(), {
    ...init,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The most the page's heap reached (sampled; without a forced GC). */
function heapSampler() {
  const memory = () =>
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  let peak = memory();
  const timer = setInterval(() => {
    peak = Math.max(peak, memory());
  }, 100);
  return () => {
    clearInterval(timer);
    return Math.max(peak, memory());
  };
}

/** Resolves with performance.now() when the server's database holds `count` documents. */
async function serverHas(config: BenchConfig, count: number, timeoutMs = 240_000) {
  const started = performance.now();
  for (;;) {
    const info = await getJson<{ doc_count: number }>(config, encodeURIComponent(config.db));
    if (info.doc_count >= count) return performance.now();
    if (performance.now() - started > timeoutMs) {
      throw new Error(`server has ${info.doc_count} of ${count} documents`);
    }
    await sleep(50);
  }
}

function newResult(): PhaseResult {
  timings = {};
  return { ms: 0, docs: 0, marks: {}, timings, peakHeap: 0, notes: [] };
}

// What a phase leaves open until the bench has read the heap.
let openSync: WorkbookSync | null = null;
let openDb: KopspeksDatabase | null = null;
let keep: unknown = null;

async function closeOpen() {
  const sync = openSync;
  const db = openDb;
  openSync = null;
  openDb = null;
  keep = null;
  // cancel() and close() may never resolve while a replication retries (STACK-NOTES).
  if (sync) await withTimeout(sync.stop(), 5_000);
  if (db) await withTimeout(db.close(), 5_000);
}

function startSync(config: BenchConfig, db: KopspeksDatabase) {
  const client = new CouchClient(config.serverUrl, authFetch(config));
  const sync = new WorkbookSync({
    collection: db.items,
    client,
    identifier: `kopspeks|${config.serverUrl}|${config.username}`,
    targets: [{ communityId: config.communityId, db: config.db }],
    liveCommunityId: null,
    pollIntervalMs: 600_000,
    pullBatchSize: config.pullBatch,
    pushBatchSize: config.pushBatch,
  });
  instrument(client, sync);
  sync.state.error$.subscribe((error) => console.warn('sync error', error));
  return sync;
}

// ---------------------------------------------------------------------------
// The phases.

/** Puts the bench documents on the server (untimed set-up for the pulls). */
async function seed(config: BenchConfig) {
  const docs = couchDocs(benchItems(config.communityId, config.count));
  const encoder = new TextEncoder();
  let bytes = 0;
  const byType: Record<string, { count: number; bytes: number }> = {};
  for (const doc of docs) {
    const size = encoder.encode(JSON.stringify(doc)).length;
    const entry = (byType[doc.type as string] ??= { count: 0, bytes: 0 });
    entry.count += 1;
    entry.bytes += size;
    bytes += size;
  }
  for (let i = 0; i < docs.length; i += 1000) {
    await getJson(config, `${encodeURIComponent(config.db)}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs: docs.slice(i, i + 1000) }),
    });
  }
  await serverHas(config, docs.length);
  return { docs: docs.length, averageBytes: bytes / docs.length, byType };
}

/** 1. Our engine: first sync of the whole database into an empty workbook. */
async function oursPull(config: BenchConfig): Promise<PhaseResult> {
  const result = newResult();
  const db = await createDatabase({ name: `pull${config.tag}`, storage: timedDexieStorage() });
  openDb = db;
  timings = result.timings = {};
  const sync = startSync(config, db);
  openSync = sync;
  const seen = new Set<string>();
  let resolveAll: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (resolveAll = resolve));
  // eventBulks$, not `db.items.$`: RxDB 17 caches every bulk that passes
  // through `$` in a module-level Map (EVENT_BULK_CACHE) and never lets go.
  const subscription = db.items.eventBulks$.subscribe((bulk) => {
    for (const event of bulk.events) {
      if (event.operation === 'INSERT') seen.add(event.documentId);
    }
    if (seen.size >= config.count) resolveAll();
  });
  const peak = heapSampler();
  await mark('Start');
  const started = performance.now();
  await sync.start();
  await all;
  result.ms = performance.now() - started;
  await mark('Stop');
  await sync.state.awaitInitialReplication();
  result.marks['engine idle (meta + checkpoint written)'] = performance.now() - started;
  result.peakHeap = peak();
  subscription.unsubscribe();
  result.docs = await db.items.count().exec();
  return result;
}

/** 2. Our engine: push a workbook's documents into an empty server database. */
async function oursPush(config: BenchConfig): Promise<PhaseResult> {
  const result = newResult();
  const db = await createDatabase({ name: `push${config.tag}`, storage: timedDexieStorage() });
  openDb = db;
  const items = benchItems(config.communityId, config.count);
  const inserting = performance.now();
  for (let i = 0; i < items.length; i += 1000) await db.items.bulkInsert(items.slice(i, i + 1000));
  result.notes.push(
    `local workbook filled in ${(performance.now() - inserting).toFixed(0)} ms (untimed)`,
  );
  items.length = 0;
  timings = result.timings = {};
  const sync = startSync(config, db);
  openSync = sync;
  const peak = heapSampler();
  await mark('Start');
  const started = performance.now();
  await sync.start();
  const done = await serverHas(config, config.count);
  result.ms = done - started;
  await mark('Stop');
  await sync.state.awaitInitialReplication();
  result.marks['engine idle (meta + checkpoint written)'] = performance.now() - started;
  result.peakHeap = peak();
  result.docs = config.count;
  return result;
}

type PouchReplicationResult = { docs_read: number; docs_written: number; ok: boolean };
type PouchDb = {
  bulkDocs(docs: unknown[]): Promise<unknown>;
  info(): Promise<{ doc_count: number }>;
  close(): Promise<void>;
};
type PouchStatic = {
  new (name: string, options?: Record<string, unknown>): PouchDb;
  replicate(
    source: PouchDb,
    target: PouchDb,
    options: Record<string, unknown>,
  ): Promise<PouchReplicationResult>;
};
const PouchDB = PouchDBImport as PouchStatic;

function pouchRemote(config: BenchConfig) {
  return new PouchDB(new URL(config.db, config.serverUrl).toString(), {
    auth: { username: config.username, password: config.password },
    skip_setup: true,
  });
}

/** 3a. PouchDB's replicate() from the server into an empty IndexedDB PouchDB. */
async function pouchPull(config: BenchConfig): Promise<PhaseResult> {
  const result = newResult();
  const local = new PouchDB(`pouch-pull${config.tag}`, { adapter: 'idb' });
  const remote = pouchRemote(config);
  keep = local;
  const peak = heapSampler();
  await mark('Start');
  const started = performance.now();
  const outcome = await PouchDB.replicate(remote, local, { batch_size: config.pullBatch });
  result.ms = performance.now() - started;
  await mark('Stop');
  result.peakHeap = peak();
  result.docs = (await local.info()).doc_count;
  result.notes.push(`docs_read ${outcome.docs_read}, docs_written ${outcome.docs_written}`);
  return result;
}

/** 3b. PouchDB's replicate() from a local IndexedDB PouchDB into an empty server database. */
async function pouchPush(config: BenchConfig): Promise<PhaseResult> {
  const result = newResult();
  const local = new PouchDB(`pouch-push${config.tag}`, { adapter: 'idb' });
  const docs = couchDocs(benchItems(config.communityId, config.count));
  const filling = performance.now();
  for (let i = 0; i < docs.length; i += 1000) await local.bulkDocs(docs.slice(i, i + 1000));
  result.notes.push(
    `local PouchDB filled in ${(performance.now() - filling).toFixed(0)} ms (untimed)`,
  );
  docs.length = 0;
  const remote = pouchRemote(config);
  const peak = heapSampler();
  await mark('Start');
  const started = performance.now();
  const replicated = PouchDB.replicate(local, remote, { batch_size: config.pushBatch });
  const done = await serverHas(config, config.count);
  result.ms = done - started;
  await mark('Stop');
  const outcome = await replicated;
  result.marks['replicate() resolved'] = performance.now() - started;
  result.peakHeap = peak();
  result.docs = config.count;
  result.notes.push(`docs_read ${outcome.docs_read}, docs_written ${outcome.docs_written}`);
  return result;
}

/** 4a. The raw limit of a pull: the same `_changes` pages, one Dexie bulkPut each. */
async function rawPull(config: BenchConfig): Promise<PhaseResult> {
  const result = newResult();
  const dexie = new Dexie(`raw-pull${config.tag}`);
  dexie.version(1).stores({ items: 'id' });
  const table = dexie.table('items');
  keep = dexie;
  const peak = heapSampler();
  await mark('Start');
  const started = performance.now();
  let since: string | number = 0;
  let stored = 0;
  for (;;) {
    const fetched = performance.now();
    type ChangesPage = { results: { doc: Record<string, unknown> }[]; last_seq: string | number };
    const page: ChangesPage = await getJson<ChangesPage>(
      config,
      `${encodeURIComponent(config.db)}/_changes?include_docs=true&since=${encodeURIComponent(String(since))}&limit=${config.pullBatch}`,
    );
    record('http changes', performance.now() - fetched, page.results.length);
    const rows = page.results.map(({ doc }) => {
      const { _id, _rev: _ignored, ...rest } = doc;
      return {
        ...rest,
        id: itemId(config.communityId, String(_id)),
        communityId: config.communityId,
        docId: _id,
      };
    });
    const writing = performance.now();
    await table.bulkPut(rows);
    record('dexie bulkPut', performance.now() - writing, rows.length);
    stored += rows.length;
    since = page.last_seq;
    if (page.results.length < config.pullBatch) break;
  }
  result.ms = performance.now() - started;
  await mark('Stop');
  result.peakHeap = peak();
  result.docs = await table.count();
  if (result.docs !== stored) result.notes.push(`stored ${stored}, counted ${result.docs}`);
  return result;
}

/** 4b. The raw limit of a push: `_bulk_docs` POSTs of the same documents, in batches. */
async function rawPush(config: BenchConfig): Promise<PhaseResult> {
  const result = newResult();
  const docs = couchDocs(benchItems(config.communityId, config.count));
  const peak = heapSampler();
  await mark('Start');
  const started = performance.now();
  for (let i = 0; i < docs.length; i += config.pushBatch) {
    const batch = docs.slice(i, i + config.pushBatch);
    const posting = performance.now();
    await getJson(config, `${encodeURIComponent(config.db)}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs: batch }),
    });
    record('http bulkDocs', performance.now() - posting, batch.length);
  }
  result.ms = (await serverHas(config, config.count)) - started;
  await mark('Stop');
  result.peakHeap = peak();
  result.docs = config.count;
  return result;
}

const phases = { seed, oursPull, oursPush, pouchPull, pouchPush, rawPull, rawPush };

(globalThis as unknown as { kopspeksSyncBench: unknown }).kopspeksSyncBench = {
  run: (name: keyof typeof phases, config: BenchConfig) => phases[name](config),
  closeOpen,
  /** Keeps what a phase opened reachable until the heap has been read. */
  isOpen: () => openSync !== null || openDb !== null || keep !== null,
};
