import type { Subscription } from 'rxjs';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { WorkbookSearchIndex } from '../../../../shared/search/searchIndex';
import type { KopspeksDatabase } from '../../db/database';
import { logError } from '../../platform/log';

export type LiveSearchState = {
  index: WorkbookSearchIndex;
  /** False until every item of the workbook has been indexed. */
  ready: boolean;
  /** The first build could not read the workbook: search is not available. */
  failed: boolean;
  /** Changes whenever what search would find changes. */
  version: number;
};

type ChangeEvent = {
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  documentId: string;
  documentData?: ItemDoc & { _deleted?: boolean };
  previousDocumentData?: ItemDoc;
};

/** Items indexed per slice of the first build, so the page stays responsive. */
const buildChunk = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Lets the workbook's page render first: the index is built when the page is idle. */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 0);
  });

/**
 * One workbook's search index, built once from the `items` collection and
 * then kept current from its change events (local edits and documents
 * arriving by sync alike), item by item rather than rebuilt.
 */
export class LiveSearch {
  private state: LiveSearchState = {
    index: new WorkbookSearchIndex(),
    ready: false,
    failed: false,
    version: 0,
  };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: KopspeksDatabase,
    private readonly communityId: string,
  ) {}

  readonly getState = (): LiveSearchState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(state: LiveSearchState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private changed(ready = this.state.ready) {
    this.publish({ ...this.state, ready, version: this.state.version + 1 });
  }

  /** Builds the index and follows changes until the returned function is called. */
  start(): () => void {
    const index = new WorkbookSearchIndex();
    this.publish({ index, ready: false, failed: false, version: this.state.version + 1 });
    let stopped = false;
    // Changes that arrive while the first build runs wait for it: applied
    // afterwards in order, they leave each item as it stands last.
    let pending: ChangeEvent[] | null = [];
    const apply = (event: ChangeEvent): boolean => {
      const doc = event.documentData ?? event.previousDocumentData;
      if (!doc || doc.communityId !== this.communityId) return false;
      if (event.operation === 'DELETE') return index.remove(event.documentId);
      return index.upsert(event.documentData ?? doc);
    };
    const subscription: Subscription = this.db.items.eventBulks$.subscribe((bulk) => {
      const events = bulk.events as unknown as ChangeEvent[];
      if (pending) {
        pending.push(...events);
        return;
      }
      let any = false;
      for (const event of events) any = apply(event) || any;
      if (any) this.changed();
    });
    const build = async () => {
      await idle();
      if (stopped) return;
      const started = performance.now();
      const docs = await this.db.items.find({ selector: { communityId: this.communityId } }).exec();
      const readMs = performance.now() - started;
      for (let i = 0; i < docs.length && !stopped; i += buildChunk) {
        for (const doc of docs.slice(i, i + buildChunk)) index.upsert(doc.toJSON());
        if (i + buildChunk < docs.length) await nextTask();
      }
      if (stopped) return;
      for (const event of pending ?? []) apply(event);
      pending = null;
      // Read by `npm run bench:search`; costs nothing otherwise.
      performance.measure('kopspeks:search-index', {
        start: started,
        detail: { items: index.size, readMs },
      });
      this.changed(true);
    };
    build().catch((error: unknown) => {
      // Said in the palette (search.failed); the details go to the app log.
      logError('search: could not build the index', error);
      if (!stopped) this.publish({ ...this.state, failed: true, version: this.state.version + 1 });
    });
    return () => {
      stopped = true;
      subscription.unsubscribe();
    };
  }
}
