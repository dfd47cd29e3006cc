// Suppressions, pure (core/suppress): the four inline directive forms, the
// notices for unknown ids and idle directives, and the suppressions-file
// entries that name a finding by its text so they survive unrelated edits.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/fix/fixAll';
import {
  anchorOf,
  applySuppressions,
  directivesAllowed,
  parseDirectives,
  suppressionEntriesFor,
  suppressionEntryFor,
  SUPPRESSION_NOTICE,
  type SuppressionEntry,
} from '../../server/src/core/suppress';
import { coreNotices } from '../../server/src/core/rules/notices';
import { LineIndex } from '../../server/src/core/text/lines';
import type { Finding } from '../../server/src/core/types';
import { SEEDS, seedText } from '../scenario/seeds';

const SEED = seedText(SEEDS.s002);
const lineOf = (text: string, f: Finding) => new LineIndex(text).lineAt(f.range.start) + 1;
/** The seed with `line` inserted before 1-based line `at`. */
const insert = (text: string, at: number, line: string) => {
  const lines = text.split('\n');
  lines.splice(at - 1, 0, line);
  return lines.join('\n');
};
const rules = (fs: Finding[]) => [...new Set(fs.map((f) => f.rule))].sort();
const count = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).length;

test('the seed has what the tests suppress: two table-balance errors on line 43, halfwidth punctuation everywhere', () => {
  const fs = lint(SEED).findings;
  assert.deepEqual(
    fs.filter((f) => f.rule === 'table-balance').map((f) => lineOf(SEED, f)),
    [43, 43],
  );
  assert.ok(count(fs, 'punctuation-halfwidth') > 50);
});

test('directives are read from Markdown and HTML drafts only', () => {
  for (const name of ['a.md', 'A.MARKDOWN', 'x/y.html', 'b.htm']) assert.equal(directivesAllowed(name), true, name);
  for (const name of ['a.txt', 'a.report.txt', 'md', 'a.md.txt']) assert.equal(directivesAllowed(name), false, name);
});

test('parseDirectives: kinds, ids (spaces or commas), a "-- reason", and where each id is', () => {
  const text =
    'x\n<!-- gov-report-lint-disable-next-line a, b -- 原表如此 -->\n<!--gov-report-lint-disable-->\n<!-- gov-report-lint-enable c -->\n<!-- gov-report-lint-disable-file d -->\n<!-- gov-report-lint-disabled e -->';
  const ds = parseDirectives(text);
  assert.deepEqual(
    ds.map((d) => [d.kind, d.rules]),
    [
      ['disable-next-line', ['a', 'b']],
      ['disable', []],
      ['enable', ['c']],
      ['disable-file', ['d']],
    ],
  );
  assert.deepEqual(
    ds[0].ruleRanges.map((r) => text.slice(r.start, r.end)),
    ['a', 'b'],
  );
  assert.equal(text.slice(ds[2].range.start, ds[2].range.end), '<!-- gov-report-lint-enable c -->');
});

test('disable-next-line suppresses the named rule on the next line only; the other rules there stay', () => {
  const text = insert(SEED, 43, '<!-- gov-report-lint-disable-next-line table-balance -->');
  const all = lint(text).findings;
  const r = applySuppressions(all, text, { inline: true });
  assert.equal(count(r.kept, 'table-balance'), 0);
  assert.equal(r.suppressed.length, 2);
  assert.ok(r.suppressed.every((s) => s.by.kind === 'inline' && lineOf(text, s.finding) === 44));
  assert.equal(count(r.kept, SUPPRESSION_NOTICE), 0, 'a directive that suppressed something is not reported');
  // Not honoured when the caller says the draft is not Markdown or HTML.
  assert.equal(count(applySuppressions(all, text, { inline: false }).kept, 'table-balance'), 2);
  // One line too early: it covers line 43 (now the row before), so it suppresses nothing and says so.
  const early = insert(SEED, 42, '<!-- gov-report-lint-disable-next-line table-balance -->');
  const e = applySuppressions(lint(early).findings, early, { inline: true });
  assert.equal(count(e.kept, 'table-balance'), 2);
  const idle = e.kept.filter((f) => f.rule === SUPPRESSION_NOTICE);
  assert.equal(idle.length, 1);
  assert.match(idle[0].message.en, /suppresses nothing of table-balance/);
  assert.equal(lineOf(early, idle[0]), 42);
});

test('disable … enable suppresses a region, per rule; a directive with no id covers every rule', () => {
  let text = insert(SEED, 30, '<!-- gov-report-lint-disable punctuation-halfwidth -->');
  text = insert(text, 41, '<!-- gov-report-lint-enable punctuation-halfwidth -->');
  const all = lint(text).findings;
  const r = applySuppressions(all, text, { inline: true });
  const inRegion = (f: Finding) => lineOf(text, f) > 30 && lineOf(text, f) < 41;
  assert.ok(all.some((f) => f.rule === 'punctuation-halfwidth' && inRegion(f)));
  assert.equal(r.kept.filter((f) => f.rule === 'punctuation-halfwidth' && inRegion(f)).length, 0);
  assert.ok(
    r.kept.some((f) => f.rule === 'punctuation-halfwidth' && lineOf(text, f) > 41),
    'enabled again after the enable',
  );
  assert.ok(
    r.kept.some((f) => f.rule === 'punctuation-halfwidth' && lineOf(text, f) < 30),
    'not before the disable',
  );

  // No ids: every rule from there on (no enable).
  const rest = insert(SEED, 43, '<!-- gov-report-lint-disable -->');
  const k = applySuppressions(lint(rest).findings, rest, { inline: true }).kept;
  assert.ok(
    k.every((f) => lineOf(rest, f) < 43),
    `only findings above the directive remain: ${k.map((f) => lineOf(rest, f))}`,
  );
  assert.ok(k.length > 0);
});

test('disable-file suppresses a rule anywhere, before or after the directive', () => {
  const text = `${SEED}\n<!-- gov-report-lint-disable-file punctuation-halfwidth table-balance -->\n`;
  const r = applySuppressions(lint(text).findings, text, { inline: true });
  assert.deepEqual(
    rules(r.kept).filter((id) => id === 'punctuation-halfwidth' || id === 'table-balance'),
    [],
  );
  assert.ok(
    r.kept.some((f) => f.rule === 'table-cell-empty'),
    'other rules stay',
  );
});

test('an unknown rule id in a directive is reported where it is written; the known ids still work', () => {
  const text = insert(SEED, 43, '<!-- gov-report-lint-disable-next-line table-balence table-balance -->');
  const r = applySuppressions(lint(text).findings, text, { inline: true });
  assert.equal(count(r.kept, 'table-balance'), 0);
  const notices = r.kept.filter((f) => f.rule === SUPPRESSION_NOTICE);
  assert.equal(notices.length, 1);
  assert.equal(text.slice(notices[0].range.start, notices[0].range.end), 'table-balence');
  assert.match(notices[0].message.zh, /规则不存在：table-balence/);
  assert.equal(notices[0].severity, coreNotices.find((n) => n.id === SUPPRESSION_NOTICE)?.severity);
  // The same for an enable, and for every form.
  for (const kind of ['disable', 'enable', 'disable-file']) {
    const t = `${SEED}\n<!-- gov-report-lint-${kind} no-such-rule -->\n`;
    const n = applySuppressions(lint(t).findings, t, { inline: true }).kept.filter((f) => f.rule === SUPPRESSION_NOTICE);
    assert.equal(n.length, 1, kind);
    assert.match(n[0].message.en, /unknown rule: no-such-rule/);
  }
});

test('findings inside a directive (a Markdown comment is read as text) are never reported', () => {
  const text = insert(SEED, 2, '<!-- gov-report-lint-disable-file table-balance -- 原表如此,已核实 -->');
  const r = applySuppressions(lint(text).findings, text, { inline: true });
  assert.deepEqual(
    r.kept.filter((f) => lineOf(text, f) === 2),
    [],
  );
});

// ---- suppressions-file entries ----

function entriesFor(text: string, file: string, pick: (f: Finding) => boolean): SuppressionEntry[] {
  const all = lint(text).findings;
  return suppressionEntriesFor(all.filter(pick), all, text, file);
}

test('anchorOf: the covered text, or the whole line for an empty range; one line, at most 200 units', () => {
  const text = 'ab\r\ncd,ef\nlast';
  assert.equal(anchorOf({ range: { start: 6, end: 7 } }, text), ',');
  assert.equal(anchorOf({ range: { start: 6, end: 6 } }, text), 'cd,ef');
  assert.equal(anchorOf({ range: { start: 0, end: 9 } }, text), 'ab', 'first line of a multi-line range');
  assert.equal(anchorOf({ range: { start: 2, end: 4 } }, text), 'ab', 'a range over a line break alone: its line');
  const long = '中'.repeat(150) + '😀'.repeat(100);
  const a = anchorOf({ range: { start: 0, end: long.length } }, long);
  assert.ok(a.length <= 200 && !/[\ud800-\udbff]$/.test(a), 'no lone high surrogate at the cut');
});

test('an entry suppresses its finding and survives lines inserted above and paragraphs edited elsewhere', () => {
  const entries = entriesFor(SEED, 'a.txt', (f) => f.rule === 'table-balance');
  assert.equal(entries.length, 2);
  assert.deepEqual(
    entries.map((e) => [e.rule, e.file, e.occurrence, e.line]),
    [
      ['table-balance', 'a.txt', 1, 43],
      ['table-balance', 'a.txt', 2, 43],
    ],
  );
  const check = (text: string, label: string) => {
    const r = applySuppressions(lint(text).findings, text, { inline: false, entries, file: 'a.txt' });
    assert.equal(count(r.kept, 'table-balance'), 0, label);
    assert.deepEqual(r.unused, [], label);
    assert.equal(r.suppressed.length, 2, label);
  };
  check(SEED, 'unchanged');
  check(insert(insert(SEED, 1, '（征求意见稿）'), 20, '新增的一段说明，没有问题。'), 'lines inserted above');
  check(SEED.replace('总体情况', '总体情况概述').replace(/2019年/, '2019年度'), 'other paragraphs edited');
});

test('changing the anchored text ends the match: the finding is reported and the entry is unused', () => {
  const entries = entriesFor(SEED, 'a.txt', (f) => f.rule === 'other-matters-fee-missing');
  assert.equal(entries.length, 1);
  const before = applySuppressions(lint(SEED).findings, SEED, { inline: false, entries, file: 'a.txt' });
  assert.equal(count(before.kept, 'other-matters-fee-missing'), 0);
  const anchorLine = entries[0].anchor;
  // The anchor is the heading's own text, so the edit is inside it (text after a heading is not part of it).
  const edited = SEED.replace(anchorLine, anchorLine.replace('事项', '事宜'));
  assert.notEqual(edited, SEED);
  const after = applySuppressions(lint(edited).findings, edited, { inline: false, entries, file: 'a.txt' });
  assert.equal(count(after.kept, 'other-matters-fee-missing'), 1);
  assert.deepEqual(after.unused, [{ index: 0, entry: entries[0] }]);
});

test('entries name their draft: those of another file neither apply nor count as unused', () => {
  const entries = entriesFor(SEED, 'other.txt', (f) => f.rule === 'table-balance');
  const r = applySuppressions(lint(SEED).findings, SEED, { inline: false, entries, file: 'a.txt' });
  assert.equal(count(r.kept, 'table-balance'), 2);
  assert.deepEqual(r.unused, []);
});

test('occurrence tells identical anchors apart: each entry suppresses its own finding', () => {
  const all = lint(SEED).findings;
  const commas = all.filter((f) => f.rule === 'punctuation-halfwidth' && SEED.slice(f.range.start, f.range.end) === ',');
  assert.ok(commas.length > 5);
  const third = suppressionEntryFor(commas[2], all, SEED, 'a.txt');
  assert.equal(third.anchor, ',');
  assert.equal(third.occurrence, 3);
  const r = applySuppressions(all, SEED, { inline: false, entries: [third], file: 'a.txt' });
  assert.deepEqual(
    r.suppressed.map((s) => s.finding),
    [commas[2]],
  );
});

test('entries apply to directive notices too, so --suppress-all silences everything', () => {
  const text = insert(SEED, 43, '<!-- gov-report-lint-disable-next-line no-such-rule -->');
  const first = applySuppressions(lint(text).findings, text, { inline: true, file: 'a.md' });
  assert.ok(first.kept.length > 0);
  const entries = suppressionEntriesFor(first.kept, first.all, text, 'a.md');
  const second = applySuppressions(lint(text).findings, text, { inline: true, entries, file: 'a.md' });
  assert.deepEqual(second.kept, []);
  assert.deepEqual(second.unused, []);
});

test('fixAll leaves suppressed findings alone when given the suppressions as a filter', () => {
  const text = insert(SEED, 5, '<!-- gov-report-lint-disable-file punctuation-halfwidth -->');
  const filter = (fs: Finding[], t: string) => applySuppressions(fs, t, { inline: true }).kept;
  const fixed = fixAll(text, { filter });
  assert.equal(count(lint(fixed.text).findings, 'punctuation-halfwidth'), count(lint(text).findings, 'punctuation-halfwidth'));
  assert.ok(
    count(lint(fixAll(text).text).findings, 'punctuation-halfwidth') < count(lint(text).findings, 'punctuation-halfwidth'),
    'without the filter they are fixed',
  );
});
