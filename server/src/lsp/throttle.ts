// Leading + trailing throttle per document, shared by push (scheduler) and
// pull (textDocument/diagnostic). A change after a quiet period is validated
// at once; changes inside the window wait for its end, where one validation
// covers them all and opens the next window.
//
// The window follows the document's own cost instead of a fixed 250 ms: a
// re-lint of one edited report costs a few milliseconds, so a long fixed
// window would only add latency, while a document that is still expensive
// (one huge report) gets a long window and cannot take more than about half
// of the CPU while the user types. The floor coalesces bursts of changes
// (key repeat, programmatic edits) that arrive faster than anyone reads.

import { performance } from 'node:perf_hooks';

export interface ThrottleOptions {
  /** Shortest window, so bursts are coalesced even when validation is cheap. */
  minMs: number;
  /** Longest window, so a slow document is still validated while typing. */
  maxMs: number;
  /** Window = ratio × the document's last validation time (clamped). */
  ratio: number;
}

export const THROTTLE_DEFAULTS: ThrottleOptions = { minMs: 25, maxMs: 1000, ratio: 2 };

export class Throttle {
  private last = new Map<string, { start: number; cost: number }>();

  constructor(
    private options: ThrottleOptions = THROTTLE_DEFAULTS,
    private clock: () => number = () => performance.now(),
  ) {}

  /** Milliseconds until the window opened by the last validation closes (0: quiet, validate now). */
  delay(uri: string): number {
    const l = this.last.get(uri);
    if (!l) return 0;
    const { minMs, maxMs, ratio } = this.options;
    const window = Math.min(maxMs, Math.max(minMs, l.cost * ratio));
    return Math.max(0, l.start + window - this.clock());
  }

  /** Runs one validation, remembering when it started and what it cost. */
  async time<T>(uri: string, validate: () => T | Promise<T>): Promise<T> {
    const start = this.clock();
    try {
      return await validate();
    } finally {
      this.last.set(uri, { start, cost: this.clock() - start });
    }
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
