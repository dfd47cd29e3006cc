// Building and moving findings. Related cells and hover explanations cost more
// than the finding itself (cell names, equations) and most consumers never read
// them (the CLI prints messages only; the editor only the findings it shows), so
// they may be given as thunks and are computed on first read, once. A class
// keeps every finding the same shape (fast property access, little garbage);
// `related`/`detail` are prototype getters, so spreading or JSON-serialising a
// finding leaves them out — read them by name.

import type { Finding, Fix, FixClass, Msg, Range, Related, Severity } from './types';
import type { FindingInput, RuleMeta } from './rules/rule';

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

export function makeFinding(rule: Pick<RuleMeta, 'id' | 'fixClass'>, severity: Severity, input: FindingInput): Finding {
  return new LintFinding(rule.id, severity, input.message, input.range, admitFixes(rule, input.fixes), input.related, input.detail);
}

/** A fix a rule offered beyond its declared fix class (kept from the user, but worth a test failure). */
export interface FixClassViolation {
  rule: string;
  fixClass: FixClass;
  fix: Fix;
}

let violationWatcher: ((v: FixClassViolation) => void) | null = null;

/** Tests watch for rules that break their fix class (the downgrade hides it from users). Returns the unwatch. */
export function watchFixClassViolations(watcher: (v: FixClassViolation) => void): () => void {
  violationWatcher = watcher;
  return () => {
    if (violationWatcher === watcher) violationWatcher = null;
  };
}

/**
 * Every finding passes here, so a rule's fixClass bounds its fixes whatever
 * its code does: fix-all applies only `safe` fixes, so a 'suggest' rule's fix
 * is turned into a suggestion and a 'none' rule's fix is dropped.
 */
function admitFixes({ id: rule, fixClass }: Pick<RuleMeta, 'id' | 'fixClass'>, fixes: Fix[] | undefined): Fix[] {
  if (fixes === undefined || fixes.length === 0) return [];
  if (fixClass === 'safe') return fixes;
  if (fixClass === 'suggest' && !fixes.some((f) => f.safe)) return fixes;
  for (const fix of fixes) if (fixClass === 'none' || fix.safe) violationWatcher?.({ rule, fixClass, fix });
  return fixClass === 'none' ? [] : fixes.map((f) => (f.safe ? { ...f, safe: false } : f));
}

/** The same finding `by` code units later (a report inside a larger document). */
export function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const r = (x: Range): Range => ({ start: x.start + by, end: x.end + by });
  const fixes = f.fixes.length === 0 ? f.fixes : f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }));
  const lazy = f instanceof LintFinding ? f.lazyParts() : { related: f.related, detail: f.detail };
  const related = lazy.related;
  // A cell of another report keeps its own document's offsets.
  const shifted: Lazy<Related[]> = related === undefined ? undefined : () => (force(related) ?? []).map((x) => (x.elsewhere ? x : { ...x, range: r(x.range) }));
  return new LintFinding(f.rule, f.severity, f.message, r(f.range), fixes, shifted, lazy.detail);
}
