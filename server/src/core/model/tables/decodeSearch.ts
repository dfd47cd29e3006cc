// The search behind run-together rows: the ways to cut runs of digits that
// lost their separators into a row's numbers, the row made of groups each
// ending in its total (table 三: one group of seven, 总计 = the sum of the six
// applicant columns; table 四: three groups of five, 总计 = the sum of four).
// Bounded: a number has at most MAX_DIGITS digits (so a row at most
// width × MAX_DIGITS), a group's total is not searched but read off as the
// sum so far, the last group's total is fixed first so that the running sum
// prunes every branch that overshoots it, and past MAX_STEPS the search gives up.

/** Digits of one count: a table 三 cell never reaches a million. */
export const MAX_DIGITS = 6;
/** Search nodes before giving up (a 90-digit adversarial run stays far below a millisecond budget). */
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

/** One group of `width` numbers whose last is the sum of the others. */
export function splitRow(runs: readonly string[], width: number, opts: SplitOptions = {}): SplitResult {
  return splitGroups(runs, [width], opts);
}

/**
 * Cuts `runs` (each a string of ASCII digits, each yielding at least one
 * number, no number spanning two runs) into consecutive groups of `sizes[g]`
 * numbers, no leading zero except "0" itself, the last of each group equal
 * to the sum of the others in it.
 */
export function splitGroups(runs: readonly string[], sizes: readonly number[], opts: SplitOptions = {}): SplitResult {
  const maxDigits = opts.maxDigits ?? MAX_DIGITS;
  const maxSteps = opts.maxSteps ?? MAX_STEPS;
  const width = sizes.reduce((a, b) => a + b, 0);
  let budget = maxSteps;
  const digits = runs.join('');
  if (sizes.length === 0 || sizes.some((n) => n < 2) || runs.length === 0 || runs.length > width || runs.some((r) => r.length === 0 || !/^[0-9]+$/.test(r)))
    return { kind: 'none' };
  if (digits.length > width * maxDigits) return { kind: 'limit' };
  if (digits.length < width) return { kind: 'none' };
  // Where each run ends in `digits`: a number may not cross one.
  const ends: number[] = [];
  let at = 0;
  for (const r of runs) ends.push((at += r.length));
  // For each number: its group's last index (the total's).
  const lastOf: number[] = [];
  for (let g = 0, k = 0; g < sizes.length; k += sizes[g++]) for (let i = 0; i < sizes[g]; i++) lastOf.push(k + sizes[g] - 1);
  const lastRun = runs[runs.length - 1];
  const found: { values: number[]; lengths: number[] }[] = [];
  const values: number[] = [];
  const lengths: number[] = [];
  let gaveUp = false;
  const done = (): boolean => found.length > 1 || gaveUp;

  const place = (v: number, len: number, pos: number, run: number, k: number, sum: number, stop: number, final: number): void => {
    const next = pos + len;
    // Leaving a run unfinished is fine; finishing it moves on to the next one.
    const nextRun = next === ends[run] && next < stop ? run + 1 : run;
    values.push(v);
    lengths.push(len);
    walk(next, nextRun, k + 1, lastOf[k] === k ? 0 : sum + v, stop, final);
    values.pop();
    lengths.pop();
  };

  // Numbers [k, width - 1) from `pos` in run `run`, `sum` of the group so far; the row's last number, `final`, starts at `stop`.
  const walk = (pos: number, run: number, k: number, sum: number, stop: number, final: number): void => {
    if (done()) return;
    if (--budget < 0) {
      gaveUp = true;
      return;
    }
    if (k === width - 1) {
      if (pos === stop && sum === final) found.push({ values: [...values, final], lengths: [...lengths, digits.length - stop] });
      return;
    }
    const left = width - 1 - k;
    // Every run still ahead must yield a number of its own, and each number needs a digit.
    if (stop - pos < left || stop - pos > left * maxDigits || runs.length - 1 - run > left) return;
    const end = Math.min(ends[run], stop);
    if (lastOf[k] === k) {
      // A group's total is the sum so far: its digits are there or this branch is dead.
      const s = String(sum);
      if (pos + s.length <= end && digits.startsWith(s, pos)) place(sum, s.length, pos, run, k, sum, stop, final);
      return;
    }
    const longest = digits.charCodeAt(pos) === 48 ? 1 : Math.min(maxDigits, end - pos);
    const cap = lastOf[k] === width - 1 ? final : 10 ** maxDigits - 1;
    let v = 0;
    for (let len = 1; len <= longest; len++) {
      v = v * 10 + (digits.charCodeAt(pos + len - 1) - 48);
      if (sum + v > cap) break;
      place(v, len, pos, run, k, sum, stop, final);
      if (done()) return;
    }
  };

  // The row's last total is a suffix of the last run: try each admissible length.
  for (let len = 1; len <= Math.min(maxDigits, lastRun.length); len++) {
    const stop = digits.length - len;
    if (len > 1 && digits.charCodeAt(stop) === 48) continue;
    walk(0, 0, 0, 0, stop, Number(digits.slice(stop)));
    if (done()) break;
  }
  if (opts.stats) opts.stats.steps = maxSteps - budget;
  if (gaveUp) return { kind: 'limit' };
  if (found.length === 0) return { kind: 'none' };
  if (found.length > 1) return { kind: 'ambiguous', readings: found.map((f) => f.values) };
  return { kind: 'unique', values: found[0].values, lengths: found[0].lengths };
}
