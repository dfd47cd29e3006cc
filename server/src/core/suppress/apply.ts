// Which findings a draft's suppressions hide: its inline directives and the
// entries of the suppressions file that name it. Pure, so the language server
// and the CLI decide the same way; reading and writing the suppressions file
// is the adapters' business (server/src/config/suppressions-file.ts).

import type { Finding, Msg, Range } from '../types';
import { allRules } from '../rules';
import { coreNotices } from '../rules/notices';
import { LineIndex } from '../text/lines';
import { parseDirectives, type Directive } from './directives';
import { groupKey, occurrences, type SuppressionEntry } from './entries';

/** The notice a directive that names an unknown rule, or suppresses nothing, gets. */
export const SUPPRESSION_NOTICE = 'suppression-unused';

export interface SuppressOptions {
  /** Honour inline directives: true for Markdown and HTML drafts (directivesAllowed). */
  inline: boolean;
  /** The entries of the suppressions file (all of them: those for other drafts are skipped). */
  entries?: readonly SuppressionEntry[];
  /** This draft as the entries name it (relative to the suppressions file); absent: every entry applies. */
  file?: string;
  /** Rule ids a directive may name; default: every rule and core notice. */
  known?: ReadonlySet<string>;
}

export interface SuppressedFinding {
  finding: Finding;
  /** What hid it: a directive (index into `directives`) or an entry (index into options.entries). */
  by: { kind: 'inline'; directive: number } | { kind: 'file'; entry: number };
}

export interface UnusedEntry {
  /** Index into options.entries. */
  index: number;
  entry: SuppressionEntry;
}

export interface SuppressionResult {
  /** What to report: the findings not suppressed, with the directive notices, in document order. */
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Entries for this draft that matched no finding: stale, to be pruned. */
  unused: UnusedEntry[];
  /** The inline directives read (empty when `inline` is false). */
  directives: Directive[];
  /**
   * Every finding entries are matched against (the findings given plus the
   * directive notices), in document order: pass it to suppressionEntryFor /
   * suppressionEntriesFor so the occurrence they write is the one matched here.
   */
  all: Finding[];
}

let defaultKnown: Set<string> | null = null;

function knownIds(): ReadonlySet<string> {
  defaultKnown ??= new Set([...allRules.map((r) => r.meta.id), ...coreNotices.map((n) => n.id).filter((id) => id !== SUPPRESSION_NOTICE)]);
  return defaultKnown;
}

const noticeSeverity = () => coreNotices.find((n) => n.id === SUPPRESSION_NOTICE)?.severity ?? 'warning';

function notice(range: Range, message: Msg): Finding {
  return { rule: SUPPRESSION_NOTICE, severity: noticeSeverity(), message, range, fixes: [] };
}

const directiveName = (kind: Directive['kind']) => `gov-report-lint-${kind}`;

/** Applies the draft's directives and the suppressions file's entries to the findings of the whole draft (document offsets, document order). */
export function applySuppressions(findings: readonly Finding[], text: string, options: SuppressOptions): SuppressionResult {
  const directives = options.inline ? parseDirectives(text) : [];
  const entries = options.entries ?? [];
  const mine = entries.map((e, i) => ({ e, i })).filter(({ e }) => options.file === undefined || e.file === options.file);
  if (directives.length === 0 && mine.length === 0) return { kept: [...findings], suppressed: [], unused: [], directives, all: [...findings] };

  const byInline = inlineMatches(findings, text, directives);
  const notices = directiveNotices(directives, byInline.used, options.known ?? knownIds());
  const all = merge(findings, notices);

  // Entry lookup: (rule, anchor) → occurrence → entry indices.
  const lookup = new Map<string, Map<number, number[]>>();
  for (const { e, i } of mine) {
    const key = groupKey(e.rule, e.anchor);
    let byOcc = lookup.get(key);
    if (!byOcc) lookup.set(key, (byOcc = new Map()));
    const same = byOcc.get(e.occurrence);
    if (same) same.push(i);
    else byOcc.set(e.occurrence, [i]);
  }
  const usedEntries = new Set<number>();
  const occ = lookup.size > 0 ? occurrences(all, text) : [];
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  all.forEach((f, k) => {
    const hits = lookup.size > 0 ? lookup.get(groupKey(f.rule, occ[k].anchor))?.get(occ[k].occurrence) : undefined;
    for (const i of hits ?? []) usedEntries.add(i);
    const directive = byInline.by.get(f);
    if (directive !== undefined) suppressed.push({ finding: f, by: { kind: 'inline', directive } });
    else if (hits) suppressed.push({ finding: f, by: { kind: 'file', entry: hits[0] } });
    else kept.push(f);
  });
  const unused = mine.filter(({ i }) => !usedEntries.has(i)).map(({ e, i }) => ({ index: i, entry: e }));
  return { kept, suppressed, unused, directives, all };
}

interface InlineMatches {
  /** Finding → the directive that suppresses it. */
  by: Map<Finding, number>;
  /** `${directive}\0${rule}` for every (directive, rule) that suppressed something; the rule is '*' for an all-rules directive. */
  used: Set<string>;
}

function concerns(d: Directive, rule: string): boolean {
  return d.rules.length === 0 || d.rules.includes(rule);
}

function inlineMatches(findings: readonly Finding[], text: string, directives: Directive[]): InlineMatches {
  const by = new Map<Finding, number>();
  const used = new Set<string>();
  if (directives.length === 0) return { by, used };
  const lines = new LineIndex(text);
  const fileWide = directives.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === 'disable-file');
  const nextLine = new Map<number, number[]>();
  directives.forEach((d, i) => {
    if (d.kind !== 'disable-next-line') return;
    const target = lines.lineAt(d.range.end) + 1;
    nextLine.set(target, [...(nextLine.get(target) ?? []), i]);
  });
  const regions = directives.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === 'disable' || d.kind === 'enable');
  const credit = (f: Finding, i: number) => {
    by.set(f, i);
    used.add(`${i}\u0000${directives[i].rules.length === 0 ? '*' : f.rule}`);
  };
  for (const f of findings) {
    // The directive's own text (a Markdown comment is read as text) is machinery, not draft.
    const inside = directives.findIndex((d) => d.range.start <= f.range.start && f.range.start < d.range.end);
    if (inside >= 0) {
      by.set(f, inside);
      continue;
    }
    const whole = fileWide.find(({ d }) => concerns(d, f.rule));
    if (whole) {
      credit(f, whole.i);
      continue;
    }
    const line = nextLine.get(lines.lineAt(f.range.start))?.find((i) => concerns(directives[i], f.rule));
    if (line !== undefined) {
      credit(f, line);
      continue;
    }
    // The last disable/enable before the finding that concerns its rule decides.
    let state: number | null = null;
    for (const { d, i } of regions) {
      if (d.range.end > f.range.start) break;
      if (concerns(d, f.rule)) state = d.kind === 'disable' ? i : null;
    }
    if (state !== null) credit(f, state);
  }
  return { by, used };
}

function directiveNotices(directives: Directive[], used: Set<string>, known: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  directives.forEach((d, i) => {
    d.rules.forEach((id, k) => {
      if (known.has(id)) return;
      out.push(
        notice(d.ruleRanges[k], {
          zh: `屏蔽指令 ${directiveName(d.kind)} 中的规则不存在：${id}`,
          en: `${directiveName(d.kind)} names an unknown rule: ${id}`,
        }),
      );
    });
    if (d.kind === 'enable') return;
    if (d.rules.length === 0) {
      if (!used.has(`${i}\u0000*`))
        out.push(
          notice(d.range, { zh: `屏蔽指令 ${directiveName(d.kind)} 没有屏蔽任何问题，可以删除`, en: `${directiveName(d.kind)} suppresses nothing; remove it` }),
        );
      return;
    }
    const idle = d.rules.filter((id) => known.has(id) && !used.has(`${i}\u0000${id}`));
    if (idle.length === 0) return;
    out.push(
      notice(d.range, {
        zh: `屏蔽指令 ${directiveName(d.kind)} 没有屏蔽到以下规则的问题：${idle.join('、')}`,
        en: `${directiveName(d.kind)} suppresses nothing of ${idle.join(', ')}`,
      }),
    );
  });
  return out;
}

/** The findings and the notices in one list, by start offset (the findings first at a tie). */
function merge(findings: readonly Finding[], notices: Finding[]): Finding[] {
  if (notices.length === 0) return [...findings];
  const sorted = [...notices].sort((a, b) => a.range.start - b.range.start);
  const out: Finding[] = [];
  let k = 0;
  for (const f of findings) {
    while (k < sorted.length && sorted[k].range.start < f.range.start) out.push(sorted[k++]);
    out.push(f);
  }
  while (k < sorted.length) out.push(sorted[k++]);
  return out;
}
