// Generators and invariants shared by the property tests. Inputs are of three
// kinds: arbitrary strings (any code unit, lone surrogates included), strings
// built from report vocabulary (so the parser's and rules' paths are reached),
// and real seed drafts mutated the ways copy-paste and Word exports mangle them.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { LintedDocument } from '../../server/src/core/lint';
import type { Range, TextEdit } from '../../server/src/core/types';

/** Compiled to .build/test/property, so the repository root is three levels up. */
export const SEEDS_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');

export const SEEDS: string[] = fs
  .readdirSync(SEEDS_DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => fs.readFileSync(path.join(SEEDS_DIR, n), 'utf8'));

/** FC_SEED reproduces a failing run; otherwise fast-check picks and prints a seed. */
export function fcParams(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  return seed === undefined ? { numRuns } : { numRuns, seed };
}

const TOKENS = [
  '阿拉善盟民政局2021年政府信息公开工作年度报告',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '（一）',
  '(二)',
  '1.',
  '（七）总计',
  '四、结转下年度继续办理',
  '自然人',
  '社会公益组织',
  '本年新收政府信息公开申请数量',
  '信息处理费',
  '总计',
  '结果纠正',
  '尚未审结',
  '|',
  ' | ',
  '||',
  '| --- | --- |',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '　',
  '0',
  '4',
  '12',
  '-3',
  '3474675.89',
  '１２',
  '２０２１',
  '．',
  '万',
  '亿',
  '件',
  '次',
  '条',
  '年',
  '月',
  '日',
  '万22.1万人次',
  '129.3次',
  '12,34',
  '3，474，675',
  '4千',
  '2019 年',
  '118 条',
  '2021年13月1日',
  '2月30日',
  '〔2019〕28 号',
  '[2019]10号',
  '(2020)',
  '﹝2018﹞',
  ',',
  '(',
  ')',
  ':',
  ';',
  '?',
  '!',
  '（',
  ')',
  '09:20',
  '2022-01-24',
  '-',
  '—',
  '/',
  '无',
  '3项(41笔)',
  '<table>',
  '<tr><td>',
  '</td>',
  '&nbsp;',
  '&amp;',
  '# ',
  '\ufeff',
  '\u0000',
  '\u200b',
  '𠀀',
  '\ud800',
  '\udc00',
];

/** Strings of any UTF-16 code units, including lone surrogates. */
export const codeUnitString = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\n', '\r\n', '一', '０', '|'),
  ),
  maxLength: 400,
});

export const anyStrings = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), codeUnitString);

export const reportish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((a) => a.join(''));

type Op =
  | { kind: 'delete' | 'duplicate' | 'reverse' | 'fullwidth' | 'swap'; at: number; to: number }
  | { kind: 'garble' | 'nul'; at: number; to: number; junk: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'reverse' as const, 'fullwidth' as const, 'swap' as const),
    at: fc.nat(),
    to: fc.nat(),
  }),
  fc.record({ kind: fc.constantFrom('garble' as const, 'nul' as const), at: fc.nat(), to: fc.nat(), junk: fc.string({ unit: 'binary', maxLength: 12 }) }),
);

function applyOp(lines: string[], o: Op): void {
  if (lines.length === 0) return;
  const i = o.at % lines.length;
  const j = o.to % lines.length;
  const line = lines[i];
  switch (o.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(j, 0, line);
      break;
    case 'reverse':
      lines[i] = Array.from(line).reverse().join('');
      break;
    case 'fullwidth':
      lines[i] = line.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      break;
    case 'swap':
      [lines[i], lines[j]] = [lines[j], line];
      break;
    case 'garble': {
      const p = o.to % (line.length + 1);
      lines[i] = line.slice(0, p) + o.junk + line.slice(p + (o.junk.length % 5));
      break;
    }
    case 'nul': {
      const p = o.to % (line.length + 1);
      lines[i] = line.slice(0, p) + '\u0000' + line.slice(p);
      break;
    }
  }
}

export interface Mutated {
  text: string;
  eol: '\n' | '\r\n';
  bom: boolean;
}

/** A seed with line-level damage, optionally CRLF and a leading BOM. */
export const mutatedSeed: fc.Arbitrary<Mutated> = fc
  .record({ seed: fc.nat({ max: Math.max(0, SEEDS.length - 1) }), ops: fc.array(op, { maxLength: 10 }), crlf: fc.boolean(), bom: fc.boolean() })
  .map(({ seed, ops, crlf, bom }) => {
    const lines = (SEEDS[seed] ?? '').split(/\r\n|\n/);
    for (const o of ops) applyOp(lines, o);
    const eol = crlf ? '\r\n' : '\n';
    return { text: (bom ? '\ufeff' : '') + lines.join(eol), eol, bom };
  });

/** Generous time bound: 200 ms of slack (GC, JIT) plus 50 ms per KB of input. */
export function budgetMs(text: string): number {
  return 200 + (50 * text.length) / 1024;
}

function checkRange(r: Range, len: number, what: string): void {
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end), `${what}: integer offsets`);
  assert.ok(0 <= r.start && r.start <= r.end && r.end <= len, `${what}: [${r.start}, ${r.end}) outside 0..${len}`);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** An edit boundary between the halves of a surrogate pair would create lone surrogates. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function checkEdits(text: string, edits: TextEdit[], what: string): void {
  for (const e of edits) {
    checkRange(e, text.length, what);
    assert.equal(typeof e.text, 'string', `${what}: edit text`);
    assert.ok(!splitsPair(text, e.start) && !splitsPair(text, e.end), `${what}: edit splits a surrogate pair`);
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1];
    const b = sorted[k];
    const bothInsert = a.start === a.end && b.start === b.end && a.start === b.start;
    assert.ok(a.end <= b.start && !bothInsert, `${what}: edits overlap at ${b.start}`);
  }
}

/** Every invariant a lint result must satisfy, whatever the input. */
export function checkLintResult(text: string, r: LintedDocument): void {
  for (const f of r.findings) {
    const what = `finding ${f.rule}`;
    assert.notEqual(f.rule, 'internal-error', `a rule threw: ${f.message.en}`);
    checkRange(f.range, text.length, what);
    assert.ok(f.message.zh.length > 0 && f.message.en.length > 0, `${what}: empty message`);
    for (const rel of f.related ?? []) checkRange(rel.range, text.length, `${what} related`);
    for (const fix of f.fixes) checkEdits(text, fix.edits, `${what} fix`);
  }
}

/**
 * CJK ideographs (U+4E00–U+9FFF) a safe fix may legitimately add or remove:
 * numerals and ordinals (renumbering 四、→三、, 万/亿 in a stray-unit fix) and 无
 * (a placeholder cell written as 0). Every other ideograph must survive fix-all.
 */
export const FIXABLE_IDEOGRAPHS = new Set(Array.from('〇零一二三四五六七八九十百千万亿无'));

export function ideographCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x4e00 || c > 0x9fff || FIXABLE_IDEOGRAPHS.has(ch)) continue;
    m.set(ch, (m.get(ch) ?? 0) + 1);
  }
  return m;
}
