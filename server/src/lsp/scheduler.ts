// Per-document throttle plus one validation queue. Documents are validated
// one at a time with a macrotask yield in between, so a huge draft delays
// other documents by at most its own lint and incoming edits are seen
// between jobs (a job whose version went stale is re-queued, not published).

import { Throttle } from './throttle';

/** Resolves false when the document changed underneath; the job is then retried. */
export type Job = (uri: string) => Promise<boolean>;

export class Scheduler {
  private timers = new Map<string, NodeJS.Timeout>();
  private queue = new Set<string>();
  private running = false;

  constructor(
    private job: Job,
    private log: (m: string) => void,
    private throttle = new Throttle(),
  ) {}

  /**
   * A change while typing: validated on the next tick after a quiet period,
   * otherwise once when the throttle window closes (covering every change
   * made meanwhile).
   */
  changed(uri: string): void {
    // Already due: that validation reads the document as it is when it runs.
    if (this.timers.has(uri) || this.queue.has(uri)) return;
    const wait = this.throttle.delay(uri);
    if (wait <= 0) return this.now(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.now(uri);
      }, wait),
    );
  }

  /** Validate as soon as the queue reaches it (open, save, settings change). */
  now(uri: string): void {
    this.queue.add(uri);
    if (!this.running) void this.drain();
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.queue.delete(uri);
  }

  /** The document is gone: drop its pending work and its throttle state. */
  forget(uri: string): void {
    this.cancel(uri);
    this.throttle.forget(uri);
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.size > 0) {
        const uri = this.queue.values().next().value as string;
        this.queue.delete(uri);
        try {
          const done = await this.throttle.time(uri, () => this.job(uri));
          // A pending throttle timer will validate the newer version anyway.
          if (!done && !this.timers.has(uri)) this.queue.add(uri);
        } catch (err) {
          this.log(`validation of ${uri} failed: ${err instanceof Error ? err.stack : String(err)}`);
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running = false;
    }
  }
}
