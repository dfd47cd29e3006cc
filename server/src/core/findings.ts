// Building and moving findings. Related cells and hover explanations cost more
// than the finding itself (cell names, equations) and most consumers never read
// them (the CLI prints messages only; the editor only the findings it shows), so
// they may be given as thunks and are computed on first read, once. A class
// keeps every finding the same shape (fast property access, little garbage);
// `related`/`detail` are prototype getters, so spreading or JSON-serialising a
// finding leaves them out — read them by name.

import type { Finding, Fix, Msg, Range, Related, Severity } from './types';
import type { FindingInput } from './rules/rule';

type Lazy<T> = T | (() => T) | undefined;

function force<T>(v: Lazy<T>): T | undefined {
  return typeof v === 'function' ? (v as () => T)() : v;
}

class LintFinding implements Finding {
  #related: Lazy<Related[]>;
  #detail: Lazy<Msg>;

  constructor(
    public rule: string,
    public severity: Severity,
    public message: Msg,
    public range: Range,
    public fixes: Fix[],
    related: Lazy<Related[]>,
    detail: Lazy<Msg>,
  ) {
    this.#related = related;
    this.#detail = detail;
  }

  get related(): Related[] | undefined {
    if (typeof this.#related === 'function') this.#related = this.#related();
    return this.#related;
  }

  set related(v: Related[] | undefined) {
    this.#related = v;
  }

  get detail(): Msg | undefined {
    if (typeof this.#detail === 'function') this.#detail = this.#detail();
    return this.#detail;
  }

  set detail(v: Msg | undefined) {
    this.#detail = v;
  }

  /** The pending thunks (or values), for moving a finding without computing them. */
  lazyParts(): { related: Lazy<Related[]>; detail: Lazy<Msg> } {
    return { related: this.#related, detail: this.#detail };
  }
}

export function makeFinding(rule: string, severity: Severity, input: FindingInput): Finding {
  return new LintFinding(rule, severity, input.message, input.range, input.fixes ?? [], input.related, input.detail);
}

/** The same finding `by` code units later (a report inside a larger document). */
export function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const r = (x: Range): Range => ({ start: x.start + by, end: x.end + by });
  const fixes = f.fixes.length === 0 ? f.fixes : f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }));
  const lazy = f instanceof LintFinding ? f.lazyParts() : { related: f.related, detail: f.detail };
  const related = lazy.related;
  const shifted: Lazy<Related[]> =
    related === undefined ? undefined : () => (force(related) ?? []).map((x) => ({ ...x, range: r(x.range) }));
  return new LintFinding(f.rule, f.severity, f.message, r(f.range), fixes, shifted, lazy.detail);
}
