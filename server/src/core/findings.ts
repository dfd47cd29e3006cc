// Building and moving findings. Related cells and hover explanations cost more
// than the finding itself (cell names, equations) and most consumers never read
// them (the CLI prints messages only; the editor only the findings it shows), so
// they may be given as thunks and are computed on first read, once.

import type { Finding, Msg, Range, Related, Severity } from './types';
import type { ReportInput } from './rules/rule';

type LazyKey = 'related' | 'detail';

function defineLazy<K extends LazyKey>(f: Finding, key: K, compute: () => Finding[K]): void {
  Object.defineProperty(f, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(f, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

/** A getter not yet run (so mapping the value can wait too). */
function pending(f: Finding, key: LazyKey): boolean {
  return typeof Object.getOwnPropertyDescriptor(f, key)?.get === 'function';
}

export function makeFinding(rule: string, severity: Severity, input: ReportInput): Finding {
  const f: Finding = { rule, severity, message: input.message, range: input.range, fixes: input.fixes ?? [] };
  const { related, detail } = input;
  if (typeof related === 'function') defineLazy(f, 'related', related);
  else if (related !== undefined) f.related = related;
  if (typeof detail === 'function') defineLazy(f, 'detail', detail);
  else if (detail !== undefined) f.detail = detail;
  return f;
}

/** The same finding `by` code units later (a report inside a larger document). */
export function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const r = (x: Range): Range => ({ start: x.start + by, end: x.end + by });
  const out: Finding = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: r(f.range),
    fixes: f.fixes.length === 0 ? f.fixes : f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
  const shiftRelated = (list: Related[] | undefined) => list?.map((x) => ({ ...x, range: r(x.range) }));
  if (pending(f, 'related')) defineLazy(out, 'related', () => shiftRelated(f.related));
  else if (f.related !== undefined) out.related = shiftRelated(f.related);
  if (pending(f, 'detail')) defineLazy(out, 'detail', () => f.detail as Msg);
  else if (f.detail !== undefined) out.detail = f.detail;
  return out;
}
