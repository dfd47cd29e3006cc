// Shared by the per-rule unit tests and the layout test: a generator of
// minimal, known-good report drafts (2021 or 2019 generation) in any of the
// layouts drafts arrive in, small perturbation helpers, and lint wrappers that
// give every finding its 1-based line. Labels are written out here from the
// spec (report-format.md), not taken from the core's template data, so a typo
// in the template cannot hide itself.

import assert from 'node:assert/strict';
import { lint, type LintOptions, type LintResult } from '../../../server/src/core/lint';
import { fixAll } from '../../../server/src/core/fix/fixAll';
import { applyEdits } from '../../../server/src/core/fix/edits';
import { LineIndex } from '../../../server/src/core/text/lines';
import type { Finding, Fix } from '../../../server/src/core/types';

export type Layout = 'cell-per-line' | 'pipe' | 'markdown' | 'cell-pipe' | 'tab' | 'space' | 'html';
export const LAYOUTS: Layout[] = ['cell-per-line', 'pipe', 'markdown', 'cell-pipe', 'tab', 'space', 'html'];
export type Gen = '2019' | '2021';
export type SecId = 1 | 2 | 3 | 4 | 5 | 6;

export interface DSection {
  id: SecId;
  heading: string;
  body: string[];
  table: 't2' | 't3' | 't4' | null;
}
export interface T2Row {
  kind: 'block' | 'header' | 'data';
  /** Data rows: "b1.rules"; block rows: "b1". */
  key: string;
  cells: string[];
  /** Data rows: the template column ids of the values. */
  cols?: string[];
}
export interface T3Row {
  id: string;
  label: string;
  level: 1 | 2 | 3;
  /** null for a group label (no numbers of its own). */
  values: string[] | null;
}
export interface Draft {
  gen: Gen;
  year: number;
  title: string | null;
  intro: string[];
  sections: DSection[];
  t2: T2Row[];
  t3: T3Row[];
  t4: string[];
  tail: string[];
}

export const T3_COLS = ['natural', 'business', 'research', 'public', 'legal', 'other', 'total'];
const T4_GROUPS = ['review', 'direct', 'after'];
export const T4_COLS = T4_GROUPS.flatMap((g) => ['Upheld', 'Corrected', 'Other', 'Pending', 'Total'].map((c) => g + c));
export const CANONICAL: Record<SecId, string> = {
  1: '一、总体情况',
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
  5: '五、存在的主要问题及改进情况',
  6: '六、其他需要报告的事项',
};

const n = (...v: number[]) => v.map(String);

function t2Rows(gen: Gen): T2Row[] {
  const rows: T2Row[] = [];
  const block = (id: string, ord: string, cols: [string, string][], data: [string, string, string[]][]) => {
    rows.push({ kind: 'block', key: id, cells: [`第二十条第（${ord}）项`] });
    rows.push({ kind: 'header', key: `${id}.header`, cells: ['信息内容', ...cols.map((c) => c[1])] });
    for (const [rid, label, vals] of data) rows.push({ kind: 'data', key: `${id}.${rid}`, cells: [label, ...vals], cols: cols.map((c) => c[0]) });
  };
  if (gen === '2021') {
    block('b1', '一', [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['valid', '现行有效件数']], [
      ['rules', '规章', n(0, 0, 0)],
      ['normative', '行政规范性文件', n(2, 1, 10)],
    ]);
    block('b5', '五', [['decisions', '本年处理决定数量']], [['license', '行政许可', n(68)]]);
    block('b6', '六', [['decisions', '本年处理决定数量']], [['penalty', '行政处罚', n(2)], ['coercion', '行政强制', n(0)]]);
    block('b8', '八', [['feeAmount', '本年收费金额（单位：万元）']], [['fees', '行政事业性收费', n(0)]]);
  } else {
    block('b1', '一', [['made', '本年新制作数量'], ['published', '本年新公开数量'], ['totalPublic', '对外公开总数量']], [
      ['rules', '规章', n(0, 0, 0)],
      ['normative', '规范性文件', n(2, 2, 10)],
    ]);
    const items: [string, string][] = [['lastYear', '上一年项目数量'], ['change', '本年增/减'], ['decisions', '处理决定数量']];
    block('b5', '五', items, [['license', '行政许可', n(66, 10, 142)], ['otherServices', '其他对外管理服务事项', n(0, 0, 0)]]);
    block('b6', '六', items, [['penalty', '行政处罚', ['3', '-3', '0']], ['coercion', '行政强制', n(0, 0, 0)]]);
    block('b8', '八', items.slice(0, 2), [['fees', '行政事业性收费', n(1, 0)]]);
    block('b9', '九', [['purchases', '采购项目数量'], ['purchaseAmount', '采购总金额（单位：万元）']], [['procurement', '政府集中采购', ['4', '121.25']]]);
  }
  return rows;
}

function t3Rows(gen: Gen): T3Row[] {
  const z = n(0, 0, 0, 0, 0, 0, 0);
  const rows: T3Row[] = [
    { id: 'new', label: '一、本年新收政府信息公开申请数量', level: 1, values: n(3, 1, 0, 0, 0, 0, 4) },
    { id: 'carry', label: '二、上年结转政府信息公开申请数量', level: 1, values: n(1, 0, 0, 0, 0, 0, 1) },
    { id: 'results', label: '三、本年度办理结果', level: 1, values: null },
    { id: 'open', label: '（一）予以公开', level: 2, values: n(2, 1, 0, 0, 0, 0, 3) },
    { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', level: 2, values: [...z] },
    { id: 'refused', label: '（三）不予公开', level: 2, values: null },
  ];
  const sub = (prefix: string, labels: string[]) => labels.forEach((l, i) => rows.push({ id: `${prefix}${i + 1}`, label: `${i + 1}.${l}`, level: 3, values: [...z] }));
  sub('refused', ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']);
  rows.push({ id: 'unable', label: '（四）无法提供', level: 2, values: null });
  sub('unable', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']);
  rows.push({ id: 'ignored', label: '（五）不予处理', level: 2, values: null });
  sub('ignored', ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']);
  if (gen === '2021') {
    rows.push({ id: 'otherHandling', label: '（六）其他处理', level: 2, values: null });
    sub('other', ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他']);
  } else {
    rows.push({ id: 'otherHandling', label: '（六）其他处理', level: 2, values: [...z] });
  }
  rows.push({ id: 'resultTotal', label: '（七）总计', level: 2, values: n(3, 1, 0, 0, 0, 0, 4) });
  rows.push({ id: 'next', label: '四、结转下年度继续办理', level: 1, values: n(1, 0, 0, 0, 0, 0, 1) });
  rows.find((r) => r.id === 'unable1')!.values = n(1, 0, 0, 0, 0, 0, 1);
  return rows;
}

/** A minimal report that satisfies every rule: the draft every test perturbs. */
export function baseDraft(gen: Gen = '2021', year = gen === '2021' ? 2021 : 2020): Draft {
  const overview = [
    `${year}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`,
    '（一）主动公开。本年度主动公开政府信息共12条，其中规范性文件2条、工作动态10条。',
    '（二）依申请公开。本年度共收到政府信息公开申请4件，上年结转1件，均已按时答复。',
    '（三）政府信息管理。严格落实公开前保密审查制度。',
    '（四）平台建设。持续完善门户网站政府信息公开专栏。',
    '（五）监督保障。将政府信息公开工作纳入年度考核。',
  ];
  return {
    gen,
    year,
    title: `示例市司法局${year}年政府信息公开工作年度报告`,
    intro: [`本报告由示例市司法局编制，统计期限为${year}年1月1日起至${year}年12月31日止。`],
    sections: [
      { id: 1, heading: CANONICAL[1], body: overview, table: null },
      { id: 2, heading: CANONICAL[2], body: [], table: 't2' },
      { id: 3, heading: CANONICAL[3], body: [], table: 't3' },
      { id: 4, heading: CANONICAL[4], body: ['本年度发生政府信息公开行政复议1件，结果维持。'], table: 't4' },
      { id: 5, heading: CANONICAL[5], body: ['存在的问题：政策解读形式较为单一。改进措施：丰富解读形式，加强培训。'], table: null },
      { id: 6, heading: CANONICAL[6], body: ['本年度未收取信息处理费。'], table: null },
    ],
    t2: t2Rows(gen),
    t3: t3Rows(gen),
    t4: n(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    tail: ['示例市司法局', `${year + 1}年1月20日`],
  };
}

// ------------------------------------------------------------------ perturbations

export function section(d: Draft, id: SecId): DSection {
  const s = d.sections.find((x) => x.id === id);
  assert.ok(s, `section ${id} in draft`);
  return s;
}
export function dropSection(d: Draft, id: SecId): void {
  d.sections = d.sections.filter((s) => s.id !== id);
}
/** Moves section `id` to position `index` (0-based) of the section list. */
export function moveSection(d: Draft, id: SecId, index: number): void {
  const s = section(d, id);
  d.sections = d.sections.filter((x) => x !== s);
  d.sections.splice(index, 0, s);
}
export function t3Row(d: Draft, id: string): T3Row {
  const r = d.t3.find((x) => x.id === id);
  assert.ok(r, `table 三 row ${id}`);
  return r;
}
export function setT3(d: Draft, rowId: string, col: string, value: string | number): void {
  const r = t3Row(d, rowId);
  assert.ok(r.values, `${rowId} is a data row`);
  r.values[T3_COLS.indexOf(col)] = String(value);
}
export function setT3Row(d: Draft, rowId: string, values: (string | number)[]): void {
  t3Row(d, rowId).values = values.map(String);
}
export function setT2(d: Draft, key: string, col: string, value: string | number): void {
  const r = d.t2.find((x) => x.key === key);
  assert.ok(r && r.cols, `table 二 row ${key}`);
  r.cells[1 + r.cols.indexOf(col)] = String(value);
}
export function setT4(d: Draft, col: string, value: string | number): void {
  d.t4[T4_COLS.indexOf(col)] = String(value);
}

// ------------------------------------------------------------------ rendering

export interface Built {
  text: string;
  layout: Layout;
  draft: Draft;
  /** Offset of a marked place: title, h1…h6 (h3#2 for a repeat), body1…, t2.b1.rules(.issued), t3.new(.total), t4.reviewTotal. */
  offset(key: string): number;
  /** 1-based line of a marked place. */
  line(key: string): number;
}

interface Cell {
  t: string;
  key?: string;
  span?: number;
  rowspan?: number;
}

class Writer {
  s = '';
  marks = new Map<string, number>();
  put(t: string, key?: string): void {
    if (key && !this.marks.has(key)) this.marks.set(key, this.s.length);
    this.s += t;
  }
  line(t: string, key?: string): void {
    this.put(t, key);
    this.s += '\n';
  }
}

const MERGED: Layout[] = ['pipe', 'markdown', 'tab', 'html'];
/** Layouts that keep a merged cell's empty slots (a pipe row, like seeds 001/002, omits them). */
const SLOTS: Layout[] = ['markdown', 'tab', 'html'];
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes one table row in the layout's own shape. */
function row(w: Writer, layout: Layout, cells: Cell[], first: boolean): void {
  const pad = (c: Cell): Cell[] => [c, ...Array.from({ length: (c.span ?? 1) - 1 }, () => ({ t: '' }))];
  switch (layout) {
    case 'cell-per-line':
      for (const c of cells) {
        if (c.t === '') continue;
        w.line(c.t, c.key);
        w.line('');
      }
      return;
    case 'cell-pipe':
      for (const c of cells) w.line(c.t === '' ? '|' : `${c.t} |`, c.key);
      return;
    case 'space':
      cells.forEach((c, i) => w.put((i > 0 ? ' ' : '') + c.t, c.key));
      w.line('');
      return;
    case 'tab':
      cells.flatMap(pad).forEach((c, i) => w.put((i > 0 ? '\t' : '') + c.t, c.key));
      w.line('');
      return;
    case 'pipe':
      cells.forEach((c, i) => w.put((i > 0 ? ' | ' : '') + c.t, c.key));
      w.line(' ||');
      return;
    case 'markdown': {
      const all = cells.flatMap(pad);
      all.forEach((c, i) => w.put((i > 0 ? ' ' : '| ') + c.t + ' |', c.key));
      w.line('');
      if (first) w.line('|' + all.map(() => '---|').join(''));
      return;
    }
    case 'html':
      w.put('<tr>');
      for (const c of cells) {
        const attrs = (c.span && c.span > 1 ? ` colspan="${c.span}"` : '') + (c.rowspan ? ` rowspan="${c.rowspan}"` : '');
        w.put(`<td${attrs}>`);
        w.put(escapeHtml(c.t).replace(/ /g, '&nbsp;').replace(/\n/g, '<br>'), c.key);
        w.put('</td>');
      }
      w.line('</tr>');
  }
}

function renderT2(w: Writer, d: Draft, layout: Layout): void {
  d.t2.forEach((r, i) => {
    const width = 1 + Math.max(...d.t2.filter((x) => x.key.startsWith(r.key.slice(0, 2)) && x.kind !== 'block').map((x) => x.cells.length - 1));
    if (r.kind === 'block') row(w, layout, [{ t: r.cells[0], key: `t2.${r.key}`, span: width }], i === 0);
    else if (r.kind === 'header') row(w, layout, r.cells.map((t) => ({ t })), false);
    else row(w, layout, r.cells.map((t, j) => ({ t, key: j === 0 ? `t2.${r.key}` : `t2.${r.key}.${r.cols![j - 1]}` })), false);
  });
}

function renderT3(w: Writer, d: Draft, layout: Layout): void {
  const merged = MERGED.includes(layout);
  const slots = SLOTS.includes(layout);
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const html = layout === 'html';
  row(w, layout, [{ t: note, span: 3 }, { t: '申请人情况', span: 7 }], true);
  row(w, layout, [...(slots ? [{ t: '', span: 3 }] : []), { t: html ? '自 然 人' : '自然人' }, { t: '法人或其他组织', span: 5 }, { t: '总计' }], false);
  row(w, layout, [...(slots ? [{ t: '', span: 4 }] : []), ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => ({ t })), ...(slots ? [{ t: '' }] : [])], false);
  let pending: T3Row[] = [];
  const rowsUnder = (g: T3Row) => {
    const i = d.t3.indexOf(g);
    let k = 0;
    for (let j = i + 1; j < d.t3.length && d.t3[j].level > g.level; j++) if (d.t3[j].values) k++;
    return k;
  };
  for (const r of d.t3) {
    const labelKey = `t3.${r.id}`;
    if (!r.values) {
      if (merged) pending.push(r);
      else row(w, layout, [{ t: r.label, key: labelKey }], false);
      continue;
    }
    if (layout === 'markdown' && r.id === 'ignored3') {
      // A page break splits the Markdown table: a blank line and a fresh empty header.
      w.line('');
      row(w, layout, Array.from({ length: 10 }, () => ({ t: '' })), true);
    }
    const label = html && r.id === 'new' ? '一、本年新收政府信息\n公开申请数量' : r.label;
    const cells: Cell[] = [];
    if (merged) {
      const lead = r.level - 1 - pending.length;
      if (layout === 'markdown' || layout === 'tab') for (let k = 0; k < lead; k++) cells.push({ t: '' });
      for (const g of pending) cells.push({ t: g.label, key: `t3.${g.id}`, rowspan: html ? rowsUnder(g) : undefined });
      cells.push({ t: label, key: labelKey });
      if (layout === 'markdown' || layout === 'tab') for (let k = r.level; k < 3; k++) cells.push({ t: '' });
      pending = [];
    } else cells.push({ t: label, key: labelKey });
    r.values.forEach((t, j) => cells.push({ t, key: `${labelKey}.${T3_COLS[j]}` }));
    row(w, layout, cells, false);
  }
}

function renderT4(w: Writer, d: Draft, layout: Layout): void {
  const slots = SLOTS.includes(layout);
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  row(w, layout, [{ t: '行政复议', span: 5 }, { t: '行政诉讼', span: 10 }], true);
  row(w, layout, [...five.map((t) => ({ t })), { t: '未经复议直接起诉', span: 5 }, { t: '复议后起诉', span: 5 }], false);
  row(w, layout, [...(slots ? [{ t: '', span: 5 }] : []), ...[...five, ...five].map((t) => ({ t }))], false);
  row(w, layout, d.t4.map((t, j) => ({ t, key: `t4.${T4_COLS[j]}` })), false);
}

export function render(d: Draft, layout: Layout): Built {
  const w = new Writer();
  const html = layout === 'html';
  const para = (t: string, key?: string) => {
    if (html) {
      w.put('<p>');
      w.put(escapeHtml(t), key);
      w.line('</p>');
    } else w.line(t, key);
    if (layout === 'cell-per-line') w.line('');
  };
  if (html) w.line('<html><body>');
  if (d.title !== null) {
    para(d.title, 'title');
    if (!html) w.line('');
  }
  d.intro.forEach((t, i) => para(t, i === 0 ? 'intro' : undefined));
  const seen = new Map<number, number>();
  for (const s of d.sections) {
    const k = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, k);
    const suffix = k > 1 ? `#${k}` : '';
    para(s.heading, `h${s.id}${suffix}`);
    s.body.forEach((t, i) => para(t, i === 0 ? `body${s.id}${suffix}` : undefined));
    if (!s.table) continue;
    if (html) w.line('<table>');
    if (layout === 'markdown') w.line('');
    const start = w.s.length;
    if (s.table === 't2') renderT2(w, d, layout);
    else if (s.table === 't3') renderT3(w, d, layout);
    else renderT4(w, d, layout);
    if (!w.marks.has(s.table)) w.marks.set(s.table, start);
    if (html) w.line('</table>');
    if (layout === 'markdown') w.line('');
  }
  d.tail.forEach((t) => para(t));
  if (html) w.line('</body></html>');
  const text = w.s;
  const index = new LineIndex(text);
  const offset = (key: string) => {
    const o = w.marks.get(key);
    assert.ok(o !== undefined, `no mark ${key} in the ${layout} draft`);
    return o;
  };
  return { text, layout, draft: d, offset, line: (key) => index.lineAt(offset(key)) + 1 };
}

export interface BuildOptions {
  layout?: Layout;
  gen?: Gen;
  year?: number;
}

/** The known-good draft, perturbed by `edit`, rendered in a layout (pipe by default). */
export function build(opts: BuildOptions = {}, edit?: (d: Draft) => void): Built {
  const d = baseDraft(opts.gen ?? '2021', opts.year);
  edit?.(d);
  return render(d, opts.layout ?? 'pipe');
}

// ------------------------------------------------------------------ linting

export interface Hit extends Finding {
  /** 1-based line of the finding's start. */
  line: number;
}

export function lineOf(text: string, offset: number): number {
  return new LineIndex(text).lineAt(offset) + 1;
}

/** 1-based line of the nth (1-based) occurrence of needle. */
export function lineOfText(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${nth} times`);
  }
  return lineOf(text, at);
}

export function lintAll(text: string, opts: LintOptions = {}): { result: LintResult; hits: Hit[] } {
  const result = lint(text, opts);
  const index = new LineIndex(text);
  return { result, hits: result.findings.map((f) => ({ ...f, line: index.lineAt(f.range.start) + 1 })) };
}

/** Findings of one rule, with lines. */
export function hits(text: string, rule: string, opts: LintOptions = {}): Hit[] {
  return lintAll(text, opts).hits.filter((h) => h.rule === rule);
}

/** Exactly one finding of the rule: returned for further checks. */
export function one(text: string, rule: string, opts: LintOptions = {}): Hit {
  const h = hits(text, rule, opts);
  assert.equal(h.length, 1, `expected one ${rule} finding, got ${h.length}: ${h.map((x) => `${x.line}: ${x.message.zh}`).join(' / ')}`);
  return h[0];
}

export function none(text: string, rule: string, opts: LintOptions = {}): void {
  const h = hits(text, rule, opts);
  assert.deepEqual(
    h.map((x) => `${x.line}: ${x.message.zh}`),
    [],
    `expected no ${rule} finding`,
  );
}

/** Common assertions on a finding: rule, severity, line, Chinese fragments, English present. */
export function expectHit(h: Hit, rule: string, severity: Finding['severity'], line: number, zh: string[] = []): void {
  assert.equal(h.rule, rule);
  assert.equal(h.severity, severity, `severity of ${rule}`);
  assert.equal(h.line, line, `line of ${rule}: ${h.message.zh}`);
  for (const part of zh) assert.ok(h.message.zh.includes(part), `message "${h.message.zh}" contains "${part}"`);
  assert.ok(h.message.en.length > 0 && /[a-z]/i.test(h.message.en), 'English message present');
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** Runs fix-all: no finding of the rule remains, and a second run changes nothing. */
export function expectFixAllClears(text: string, rule: string): string {
  const once = fixAll(text);
  assert.ok(once.changed, 'fix-all changed the text');
  none(once.text, rule);
  const twice = fixAll(once.text);
  assert.equal(twice.changed, false, 'fix-all is idempotent');
  assert.equal(twice.text, once.text);
  return once.text;
}

/** Error-severity findings and the alignment/width findings a clean draft must not have. */
export function problems(text: string, opts: LintOptions = {}): string[] {
  return lintAll(text, opts)
    .hits.filter((h) => h.severity === 'error' || h.rule === 'table-unaligned' || h.rule === 'table-cell-count')
    .map((h) => `${h.line} ${h.rule}: ${h.message.zh}`);
}
