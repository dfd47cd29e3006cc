// Helpers for the number and wording rule tests: run ONE rule through the real
// lint() / fixAll() entry points (every other rule switched off, so other
// engineers' rules cannot change these expectations), and locate substrings.

import assert from 'node:assert/strict';
import { lint, type LintSettings } from '../../../server/src/core/lint';
import { fixAll } from '../../../server/src/core/fix/fixAll';
import { allRules } from '../../../server/src/core/rules';
import type { Rule } from '../../../server/src/core/rules/rule';
import type { Finding, Range } from '../../../server/src/core/types';

/** Lint options that enable only the given rules (and treat any text as a report). */
export function onlyRules(...ids: string[]): LintSettings {
  const rules: Record<string, 'off'> = {};
  for (const r of allRules) if (!ids.includes(r.meta.id)) rules[r.meta.id] = 'off';
  return { rules, force: true };
}

export function findingsOf(id: string, text: string): Finding[] {
  return lint(text, onlyRules(id)).findings.filter((f) => f.rule === id);
}

/** Applies the rule's safe fixes to a fixed point; asserts a second run changes nothing. */
export function fixWith(id: string | string[], text: string): string {
  const ids = Array.isArray(id) ? id : [id];
  const first = fixAll(text, onlyRules(...ids));
  const second = fixAll(first.text, onlyRules(...ids));
  assert.equal(second.changed, false, `fix-all is not idempotent: ${JSON.stringify(first.text)} → ${JSON.stringify(second.text)}`);
  for (const i of ids) {
    const left = findingsOf(i, first.text).filter((f) => f.fixes.some((x) => x.safe));
    assert.equal(left.length, 0, `${i} still has safe findings after fix-all`);
  }
  return first.text;
}

/** Range of the n-th occurrence (0-based) of sub in text. */
export function rangeOf(text: string, sub: string, occurrence = 0): Range {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(sub, at + 1);
    assert.notEqual(at, -1, `"${sub}" (occurrence ${occurrence}) not in ${JSON.stringify(text)}`);
  }
  return { start: at, end: at + sub.length };
}

/** Asserts exactly one finding, with the given range; returns it. */
export function single(id: string, text: string, sub: string, occurrence = 0): Finding {
  const fs = findingsOf(id, text);
  assert.equal(fs.length, 1, `expected one ${id} finding in ${JSON.stringify(text)}, got ${JSON.stringify(fs.map((f) => f.message.zh))}`);
  assert.deepEqual(fs[0].range, rangeOf(text, sub, occurrence));
  return fs[0];
}

export function none(id: string, text: string): void {
  const fs = findingsOf(id, text);
  assert.deepEqual(
    fs.map((f) => `${text.slice(f.range.start, f.range.end)}: ${f.message.zh}`),
    [],
    `expected no ${id} finding in ${JSON.stringify(text)}`,
  );
}

/** The text after applying the finding's first fix alone. */
export function applyFirstFix(text: string, f: Finding): string {
  assert.ok(f.fixes.length > 0, 'finding has no fix');
  const edits = [...f.fixes[0].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function assertMeta(rule: Rule, id: string, category: string, severity: string, fixClass: string): void {
  assert.equal(rule.meta.id, id);
  assert.equal(rule.meta.category, category);
  assert.equal(rule.meta.severity, severity);
  assert.equal(rule.meta.fixClass, fixClass);
  assert.ok(rule.meta.description.zh.length > 0 && rule.meta.description.en.length > 0);
  assert.ok(allRules.includes(rule), `${id} is registered`);
}

export function bilingual(f: Finding): void {
  assert.match(f.message.zh, /[\u4e00-\u9fff]/);
  assert.ok(f.message.en.length > 0);
  for (const x of f.fixes) assert.ok(x.title.zh && x.title.en);
}
