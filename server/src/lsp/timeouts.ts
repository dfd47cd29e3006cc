// Requests the server sends to the client (workspace/configuration,
// workspace/applyEdit) must not wait forever: a client that never answers
// would otherwise stall every validation and command behind them.

export interface Timeouts {
  /** workspace/configuration: after this, validate with the last known (or default) settings. */
  configurationMs: number;
  /** workspace/applyEdit: after this, the command reports that the editor did not answer. */
  applyEditMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { configurationMs: 5000, applyEditMs: 10000 };

/**
 * initializationOptions.requestTimeoutMs (a positive number of milliseconds)
 * sets both: for tests, and for clients known to be slow.
 */
export function timeoutsFrom(initializationOptions: unknown): Timeouts {
  const ms = (initializationOptions as { requestTimeoutMs?: unknown } | null | undefined)?.requestTimeoutMs;
  if (typeof ms === 'number' && Number.isFinite(ms) && ms > 0) return { configurationMs: ms, applyEditMs: ms };
  return DEFAULT_TIMEOUTS;
}

export const TIMED_OUT: unique symbol = Symbol('timed out');

/** The promise's value, or TIMED_OUT when it takes longer than `ms` (the promise itself keeps running). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
