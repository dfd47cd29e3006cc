// Does a scanner stay linear on adversarial input? Compared by ratio, never by
// wall clock: the time per call on an input ten times larger must stay below
// 30 times the time on the small one (40 for a whole lint, see LINT_BOUND;
// linear work gives about 10, quadratic about 100). Each time is the best of up
// to eight rounds, and each round repeats the call until it lasts long enough
// to measure, so a loaded two-core machine moves both sides alike. Inputs come
// in two variants used in turn, so a cache keyed on the last text scanned never
// serves a repeated call. SCALING_LOG=1 prints every measurement.

import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';

/** Time per call (ms) of fn over the variants in turn, repeated until at least minMs elapsed. */
function perCall<T>(fn: (x: T) => unknown, variants: T[], minMs: number): number {
  let calls = 0;
  const t0 = performance.now();
  let elapsed: number;
  do {
    fn(variants[calls % variants.length]);
    calls++;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  return elapsed / calls;
}

export interface Scaling {
  smallMs: number;
  bigMs: number;
  ratio: number;
}

/**
 * Best-of-rounds time per call on `small` and on `big` (inputs FACTOR times
 * longer), stopping early once the ratio is within bound.
 */
export function measureScaling<T>(fn: (x: T) => unknown, small: T[], big: T[], bound: number, rounds = 8, minMs = 15): Scaling {
  let smallMs = Infinity;
  let bigMs = Infinity;
  fn(small[0]); // first call compiles
  for (let r = 0; r < rounds; r++) {
    smallMs = Math.min(smallMs, perCall(fn, small, minMs));
    bigMs = Math.min(bigMs, perCall(fn, big, minMs));
    // Within bound; or, after two rounds (one can be a pause of the whole machine),
    // so far over it that more rounds cannot help (an old quadratic form).
    if (bigMs / smallMs < bound || (r >= 1 && bigMs / smallMs > 3 * bound)) break;
  }
  if (process.env.SCALING_LOG) process.stderr.write(`scaling: ${smallMs.toFixed(2)} ms → ${bigMs.toFixed(2)} ms (${(bigMs / smallMs).toFixed(1)}×)\n`);
  return { smallMs, bigMs, ratio: bigMs / smallMs };
}

/** An input FACTOR times longer must take less than BOUND times as long. */
export const FACTOR = 10;
export const BOUND = 30;

/**
 * Whole-document lint keeps every finding alive until it returns, so on inputs
 * that raise a finding every few characters the larger run pays for collecting
 * a heap ten times larger: up to about 25× here. Quadratic forms measured 55–70×.
 */
export const LINT_BOUND = 40;

/** Size and make(size) against 10 × size and make(10 × size): a string's size is its length. */
export function assertLinear<T>(what: string, fn: (x: T) => unknown, make: (size: number, variant: number) => T, size: number, bound = BOUND): Scaling {
  const small = [0, 1].map((v) => make(size, v));
  const big = [0, 1].map((v) => make(size * FACTOR, v));
  const s = measureScaling(fn, small, big, bound);
  const len = (x: T) => (typeof x === 'string' ? `${x.length} chars` : `size ${Array.isArray(x) ? x.length : '?'}`);
  assert.ok(
    s.ratio < bound,
    `${what}: ${FACTOR}× the input took ${s.ratio.toFixed(1)}× the time (${s.smallMs.toFixed(2)} ms on ${len(small[0])}, ${s.bigMs.toFixed(2)} ms on ${len(big[0])}); linear is about ${FACTOR}×`,
  );
  return s;
}

/** `unit` repeated to exactly `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
