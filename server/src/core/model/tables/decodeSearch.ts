// The search behind run-together rows: the ways to cut runs of digits that
// lost their separators into a row's numbers so that its last number (总计)
// is the sum of the others. Bounded: a number has at most MAX_DIGITS digits
// (so a row at most width × MAX_DIGITS), the running sum prunes every branch
// that overshoots the total, and past MAX_STEPS the search gives up.

/** Digits of one count: a table 三 cell never reaches a million. */
export const MAX_DIGITS = 6;
/** Search nodes before giving up (a 42-digit adversarial run stays far below a millisecond budget). */
export const MAX_STEPS = 50_000;

export type SplitResult =
  /** Exactly one reading; `lengths[i]` digits make number i. */
  | { kind: 'unique'; values: number[]; lengths: number[] }
  /** Several readings fit: the first two found. */
  | { kind: 'ambiguous'; readings: number[][] }
  /** No reading fits. */
  | { kind: 'none' }
  /** Too long to try, or the search gave up. */
  | { kind: 'limit' };

export interface SplitOptions {
  maxDigits?: number;
  maxSteps?: number;
  /** Receives the number of search nodes visited (tests bound the work by it, not by the clock). */
  stats?: { steps: number };
}

/**
 * Cuts `runs` (each a string of ASCII digits, each yielding at least one
 * number, no number spanning two runs) into `width` numbers, no leading zero
 * except "0" itself, with the last equal to the sum of the others.
 */
export function splitRow(runs: readonly string[], width: number, opts: SplitOptions = {}): SplitResult {
  const maxDigits = opts.maxDigits ?? MAX_DIGITS;
  const maxSteps = opts.maxSteps ?? MAX_STEPS;
  let budget = maxSteps;
  const digits = runs.join('');
  if (width < 2 || runs.length === 0 || runs.length > width || runs.some((r) => r.length === 0 || !/^[0-9]+$/.test(r))) return { kind: 'none' };
  if (digits.length > width * maxDigits) return { kind: 'limit' };
  if (digits.length < width) return { kind: 'none' };
  // Where each run ends in `digits`: a number may not cross one.
  const ends: number[] = [];
  let at = 0;
  for (const r of runs) ends.push((at += r.length));
  const lastRun = runs[runs.length - 1];
  const found: { values: number[]; lengths: number[] }[] = [];
  const values: number[] = [];
  const lengths: number[] = [];
  let gaveUp = false;

  // Numbers [k, width - 1) from `pos` in run `run`, `sum` so far, `total` the last number.
  const walk = (pos: number, run: number, k: number, sum: number, total: number, stop: number): void => {
    if (found.length > 1 || gaveUp) return;
    if (--budget < 0) {
      gaveUp = true;
      return;
    }
    if (k === width - 1) {
      if (pos === stop && sum === total) found.push({ values: [...values, total], lengths: [...lengths, digits.length - stop] });
      return;
    }
    const left = width - 1 - k;
    // Every run still ahead must yield a number of its own, and each number needs a digit.
    if (stop - pos < left || stop - pos > left * maxDigits || runs.length - 1 - run > left) return;
    const end = Math.min(ends[run], stop);
    const longest = digits.charCodeAt(pos) === 48 ? 1 : Math.min(maxDigits, end - pos);
    let v = 0;
    for (let len = 1; len <= longest; len++) {
      v = v * 10 + (digits.charCodeAt(pos + len - 1) - 48);
      if (sum + v > total) break;
      const next = pos + len;
      // Leaving a run unfinished is fine; finishing it moves on to the next one.
      const nextRun = next === ends[run] && next < stop ? run + 1 : run;
      values.push(v);
      lengths.push(len);
      walk(next, nextRun, k + 1, sum + v, total, stop);
      values.pop();
      lengths.pop();
      if (found.length > 1 || gaveUp) return;
    }
  };

  // The total is a suffix of the last run: try each admissible length.
  for (let len = 1; len <= Math.min(maxDigits, lastRun.length); len++) {
    const stop = digits.length - len;
    if (len > 1 && digits.charCodeAt(stop) === 48) continue;
    const total = Number(digits.slice(stop));
    walk(0, 0, 0, 0, total, stop);
    if (found.length > 1 || gaveUp) break;
  }
  if (opts.stats) opts.stats.steps = maxSteps - budget;
  if (gaveUp) return { kind: 'limit' };
  if (found.length === 0) return { kind: 'none' };
  if (found.length > 1) return { kind: 'ambiguous', readings: found.map((f) => f.values) };
  return { kind: 'unique', values: found[0].values, lengths: found[0].lengths };
}
