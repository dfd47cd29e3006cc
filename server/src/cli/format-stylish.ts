// The people format, modelled on eslint's "stylish": findings grouped under
// each file, `line:col  severity  message  rule-id`, then one summary line.
// Messages are mostly CJK, so padding counts display width (wide = 2 cells).

import type { Locale, Severity } from '../core/types';
import { IGNORED, type FileResult } from './lint-file';
import { escapeControls } from './escape';
import { fixableLine, ignoredLine, severityLabel, skippedLine, summaryLine, suppressedLine, t, type Counts } from './messages';

const ANSI = { reset: '\x1b[0m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', dim: '\x1b[2m', bold: '\x1b[1m', underline: '\x1b[4m' };
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue, hint: ANSI.dim };

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Control characters from a draft would garble the terminal; show them escaped. */
function printable(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/[\r\n]+/g, ' ');
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

function tally(byRule: Map<string, { n: number; sev: Severity }>, rule: string, sev: Severity): void {
  const e = byRule.get(rule);
  if (!e) byRule.set(rule, { n: 1, sev });
  else {
    e.n++;
    if (RANK[sev] < RANK[e.sev]) e.sev = sev;
  }
}

/** The closing per-rule count: most severe rules first, then the most frequent. */
function ruleCounts(byRule: Map<string, { n: number; sev: Severity }>, locale: Locale, c: (code: string, s: string) => string): string[] {
  const list = [...byRule].sort((a, b) => RANK[a[1].sev] - RANK[b[1].sev] || b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const wRule = list.reduce((m, [rule]) => Math.max(m, rule.length), 0);
  const wSev = list.reduce((m, [, e]) => Math.max(m, displayWidth(severityLabel(locale, e.sev))), 0);
  const wN = list.reduce((m, [, e]) => Math.max(m, String(e.n).length), 0);
  return [
    t(locale, '按规则统计：', 'By rule:'),
    ...list.map(([rule, e]) => `  ${c(SEVERITY_COLOR[e.sev], pad(severityLabel(locale, e.sev), wSev))}  ${rule.padEnd(wRule)}  ${String(e.n).padStart(wN)}`),
  ];
}

export function formatStylish(results: FileResult[], locale: Locale, color: boolean): string {
  const c = (code: string, s: string) => (color ? code + s + ANSI.reset : s);
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0, skippedFiles: 0 };
  const lines: string[] = [];
  const byRule = new Map<string, { n: number; sev: Severity }>();
  let fixedTotal = 0;
  let suppressed = 0;
  let ignored = 0;
  for (const r of results) {
    fixedTotal += r.fixed ?? 0;
    suppressed += r.suppressed ?? 0;
    if (r.skipped === IGNORED) {
      ignored++;
      continue;
    }
    if (r.skipped !== undefined) {
      counts.skippedFiles++;
      continue;
    }
    const notes: string[] = [];
    if (r.skippedRules && r.skippedRules.length > 0) {
      notes.push(
        t(locale, `  文件过大，已跳过以下耗时规则：${r.skippedRules.join('、')}`, `  file too large; skipped expensive rules: ${r.skippedRules.join(', ')}`),
      );
    }
    if (r.reports) {
      const n = r.reports.length;
      notes.push(t(locale, `  本文件含 ${n} 份报告（合并稿），已逐份检查。`, `  this file holds ${n} reports (merged drafts); each was checked on its own.`));
    }
    if (r.diagnostics.length === 0 && notes.length === 0) continue;
    lines.push(c(ANSI.underline, escapeControls(r.file)));
    const rows = r.diagnostics.map((d) => {
      counts[d.severity]++;
      if (d.fix === 'safe') counts.fixable++;
      tally(byRule, d.rule, d.severity);
      return { pos: `${d.line}:${d.column}`, sev: d.severity, label: severityLabel(locale, d.severity), message: printable(d.message), rule: d.rule };
    });
    // Errors first, then warnings, infos and hints, each in document order (the sort is stable).
    rows.sort((a, b) => RANK[a.sev] - RANK[b.sev]);
    // reduce, not Math.max(...spread): a big file can have more findings than the stack has room for.
    const widest = (f: (x: (typeof rows)[number]) => number) => rows.reduce((m, x) => Math.max(m, f(x)), 0);
    const wPos = widest((x) => x.pos.length);
    const wSev = widest((x) => displayWidth(x.label));
    const wMsg = Math.min(
      widest((x) => displayWidth(x.message)),
      72,
    );
    for (const x of rows) {
      const sev = c(SEVERITY_COLOR[x.sev], pad(x.label, wSev));
      lines.push(`  ${c(ANSI.dim, x.pos.padEnd(wPos))}  ${sev}  ${pad(x.message, wMsg)}  ${c(ANSI.dim, x.rule)}`);
    }
    lines.push(...notes, '');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total > 0) {
    const colour = counts.error > 0 ? ANSI.red : counts.warning > 0 ? ANSI.yellow : ANSI.blue;
    lines.push(c(ANSI.bold + colour, summaryLine(locale, counts)));
    if (counts.fixable > 0) lines.push(c(ANSI.dim, fixableLine(locale, counts.fixable)));
    lines.push(...ruleCounts(byRule, locale, c));
  }
  if (suppressed > 0) lines.push(c(ANSI.dim, suppressedLine(locale, suppressed)));
  if (fixedTotal > 0) lines.push(t(locale, `已自动修复 ${fixedTotal} 处。`, `Fixed ${fixedTotal} problem${fixedTotal === 1 ? '' : 's'} automatically.`));
  if (counts.skippedFiles > 0) lines.push(c(ANSI.dim, skippedLine(locale, counts.skippedFiles)));
  if (ignored > 0) lines.push(c(ANSI.dim, ignoredLine(locale, ignored)));
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
