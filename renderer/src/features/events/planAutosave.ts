import type { EventPlan } from '../../../../shared/domain/eventPlan';

export type SaveState = 'saved' | 'saving' | 'failed';
export type AutosaveSnapshot = { plan: EventPlan; saveState: SaveState };

const saveDelayMs = 400;
const retryDelayMs = 3000;

/**
 * The working copy of an open plan and its debounced writes. It lives
 * outside React state so typing is never interrupted by the database's
 * echo of our own writes: a stored version is taken over only when it is
 * not one we wrote and nothing typed here is waiting to be written.
 */
export class PlanAutosave {
  private snapshot: AutosaveSnapshot;
  private listeners = new Set<() => void>();
  private pending: EventPlan | null = null;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastWritten: string;
  /** The stored version the working copy's changes are relative to. */
  private base: EventPlan;

  constructor(
    initial: EventPlan,
    /** Writes `plan`, an edit of `base`: only what changed since `base` is written. */
    private readonly write: (plan: EventPlan, base: EventPlan) => Promise<void>,
  ) {
    this.snapshot = { plan: initial, saveState: 'saved' };
    this.lastWritten = JSON.stringify(initial);
    this.base = initial;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AutosaveSnapshot => this.snapshot;

  private set(next: Partial<AutosaveSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  /** A version of the plan from the database (ours echoed back, or a synced edit). */
  receive(storedData: unknown, read: (data: unknown) => EventPlan): void {
    if (this.pending || this.inFlight) return;
    const json = JSON.stringify(storedData);
    if (json === this.lastWritten) return;
    this.lastWritten = json;
    const plan = read(storedData);
    this.base = plan;
    this.set({ plan });
  }

  change(update: (plan: EventPlan) => EventPlan): void {
    const next = update(this.snapshot.plan);
    this.pending = next;
    this.set({ plan: next, saveState: 'saving' });
    this.schedule(saveDelayMs);
  }

  private schedule(delay: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Writes what is pending now; called by the timer, on close and before unload. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = this.pending;
    if (!next || this.inFlight) return;
    this.pending = null;
    this.inFlight = true;
    try {
      this.lastWritten = JSON.stringify(next);
      await this.write(next, this.base);
      this.base = next;
      this.inFlight = false;
      if (this.pending) this.schedule(0);
      else this.set({ saveState: 'saved' });
    } catch {
      // Keep the change and try again; what is on screen is untouched.
      this.inFlight = false;
      this.pending ??= next;
      this.set({ saveState: 'failed' });
      this.schedule(retryDelayMs);
    }
  }
}
