// The core pipeline (core/lint.ts): source → reports → parse and lint each
// report once → document offsets. The language server, the CLI and fix-all all
// go through it, so what it caches and how it maps offsets is tested here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter, lint } from '../../server/src/core/lint';
import { SEEDS, seedText } from '../scenario/seeds';
import { REPORT as SKELETON } from './skeleton';

// One half-width comma per report, for a finding to follow through the markup.
const REPORT = SKELETON.map((l) => l.replace('2022年，', '2022年,'));

const project = (fs: { rule: string; range: { start: number; end: number } }[]) => fs.map((f) => `${f.rule}@${f.range.start}-${f.range.end}`);

test('identical drafts in one file each get their findings (one parse, shared)', () => {
  const one = seedText(SEEDS.s002);
  const text = [one, one, one].join('\n');
  const doc = lint(text);
  assert.equal(doc.parts.length, 3);
  const alone = lint(one).findings.length;
  for (const p of doc.parts) assert.equal(p.result?.findings.length, alone, 'every copy is linted, not only the first');
  assert.equal(doc.parts[0].report, doc.parts[1].report, 'the same text is parsed once');
  assert.equal(doc.findings.length, 3 * alone);
});

test('an edit re-parses only the report it touches; the result equals a fresh lint', () => {
  const texts = [SEEDS.s000, SEEDS.s002, SEEDS.s003].map(seedText);
  const linter = createLinter();
  const first = linter.lint(texts.join('\n'));
  const edited = [texts[0], texts[1].replace('总体情况', '总体情况。'), texts[2]].join('\n');
  const second = linter.lint(edited);
  assert.equal(second.parts[0].report, first.parts[0].report, 'untouched report reused');
  assert.equal(second.parts[2].report, first.parts[2].report, 'untouched report reused after the edited one moved');
  assert.notEqual(second.parts[1].report, first.parts[1].report, 'edited report parsed again');
  assert.deepEqual(project(second.findings), project(lint(edited).findings));
});

test('configure: new rules re-lint without re-parsing; a new template re-parses', () => {
  const text = seedText(SEEDS.s002);
  const linter = createLinter();
  const a = linter.lint(text);
  assert.ok(a.findings.some((f) => f.rule === 'table-balance'));
  linter.configure({ rules: { 'table-balance': 'off' } });
  const b = linter.lint(text);
  assert.equal(b.report, a.report, 'same model');
  assert.ok(!b.findings.some((f) => f.rule === 'table-balance'), 'the rule setting took effect');
  linter.configure({ rules: { 'table-balance': 'off' }, template: '2019' });
  const c = linter.lint(text);
  assert.notEqual(c.report, a.report, 'a forced template parses again');
  assert.equal(c.report.generation, '2019');
});

test('prepare/step does the work one report at a time and ends with the same document', () => {
  const text = [SEEDS.s000, SEEDS.s001, SEEDS.s002].map(seedText).join('\n');
  const pending = createLinter().prepare(text);
  assert.equal(pending.parts.length, 3);
  assert.ok(
    pending.parts.every((p) => p.result === null),
    'nothing linted before the first step',
  );
  assert.equal(pending.step(), true);
  assert.ok(pending.parts[0].result !== null && pending.parts[2].result === null);
  const doc = pending.result();
  assert.ok(doc.parts.every((p) => p.result !== null));
  assert.deepEqual(project(doc.findings), project(lint(text).findings));
});

test('an HTML file of two reports is split after the markup is read; findings point into the markup', () => {
  const page = (lines: string[]) => lines.map((l) => `<p><span>${l}</span></p>`).join('\n');
  const html = `<html><body>\n${page(REPORT)}\n${page(REPORT)}\n</body></html>`;
  const doc = lint(html);
  assert.equal(doc.parts.length, 2, 'two reports');
  assert.equal(doc.parts[0].range.start, 0);
  assert.equal(doc.parts[1].range.start, doc.parts[0].range.end, 'the parts tile the page');
  assert.equal(doc.parts[1].range.end, html.length);
  const commas = doc.findings.filter((f) => f.rule === 'punctuation-halfwidth');
  assert.equal(commas.length, 2, 'one half-width comma per report');
  for (const f of commas) {
    assert.equal(html.slice(f.range.start, f.range.end), ',', 'the finding covers the comma in the original markup');
    const fixed = html.slice(0, f.fixes[0].edits[0].start) + f.fixes[0].edits[0].text + html.slice(f.fixes[0].edits[0].end);
    assert.ok(fixed.includes('2022年，我局'));
  }
  assert.ok(commas[1].range.start > doc.parts[1].range.start);
});

test('the document model is never null: text that is not a report', () => {
  const doc = lint('hello');
  assert.equal(doc.notReport, 'not-a-report');
  assert.deepEqual(doc.findings, []);
  assert.ok(doc.report);
});
