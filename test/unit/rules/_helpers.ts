// For the per-rule tests and the layout test: minimal known-good drafts (2021 or 2019) in every layout
// drafts arrive in, perturbations, and lint wrappers giving findings 1-based lines. Labels come from the
// spec (docs/design/report-format.md), not the core's template data, so a template typo cannot hide itself.

import assert from 'node:assert/strict';
import { lint, type LintSettings, type LintedDocument } from '../../../server/src/core/lint';
import { fixAll } from '../../../server/src/core/fix/fixAll';
import { applyEdits } from '../../../server/src/core/fix/edits';
import { LineIndex } from '../../../server/src/core/text/lines';
import type { Finding, Fix } from '../../../server/src/core/types';
import type { Report, Table } from '../../../server/src/core/model/report';

/** cell-pipe: every cell on its own line ending in " |" (seed 004); space: PDF extraction. */
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
/** Table 二 row: kind block ("b1"), header ("b1.header") or data ("b1.rules", with column ids). */
export interface T2Row {
  kind: 'block' | 'header' | 'data';
  key: string;
  cells: string[];
  cols?: string[];
}
/** Table 三 row; values null for a group label. */
export interface T3Row {
  id: string;
  label: string;
  level: 1 | 2 | 3;
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
export const T4_COLS = ['review', 'direct', 'after'].flatMap((g) => ['Upheld', 'Corrected', 'Other', 'Pending', 'Total'].map((c) => g + c));
export const CANONICAL = [
  '',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const n = (...v: number[]) => v.map(String);
function t2Rows(gen: Gen): T2Row[] {
  const rows: T2Row[] = [];
  const block = (id: string, ord: string, cols: string[][], data: [string, string, string[]][]) => {
    rows.push(
      { kind: 'block', key: id, cells: [`第二十条第（${ord}）项`] },
      { kind: 'header', key: `${id}.header`, cells: ['信息内容', ...cols.map((c) => c[1])] },
    );
    for (const [rid, label, vals] of data) rows.push({ kind: 'data', key: `${id}.${rid}`, cells: [label, ...vals], cols: cols.map((c) => c[0]) });
  };
  if (gen === '2021') {
    block(
      'b1',
      '一',
      [
        ['issued', '本年制发件数'],
        ['repealed', '本年废止件数'],
        ['valid', '现行有效件数'],
      ],
      [
        ['rules', '规章', n(0, 0, 0)],
        ['normative', '行政规范性文件', n(2, 1, 10)],
      ],
    );
    block('b5', '五', [['decisions', '本年处理决定数量']], [['license', '行政许可', n(68)]]);
    block(
      'b6',
      '六',
      [['decisions', '本年处理决定数量']],
      [
        ['penalty', '行政处罚', n(2)],
        ['coercion', '行政强制', n(0)],
      ],
    );
    block('b8', '八', [['feeAmount', '本年收费金额（单位：万元）']], [['fees', '行政事业性收费', n(0)]]);
    return rows;
  }
  const items = [
    ['lastYear', '上一年项目数量'],
    ['change', '本年增/减'],
    ['decisions', '处理决定数量'],
  ];
  block(
    'b1',
    '一',
    [
      ['made', '本年新制作数量'],
      ['published', '本年新公开数量'],
      ['totalPublic', '对外公开总数量'],
    ],
    [
      ['rules', '规章', n(0, 0, 0)],
      ['normative', '规范性文件', n(2, 2, 10)],
    ],
  );
  block('b5', '五', items, [
    ['license', '行政许可', n(66, 10, 142)],
    ['otherServices', '其他对外管理服务事项', n(0, 0, 0)],
  ]);
  block('b6', '六', items, [
    ['penalty', '行政处罚', ['3', '-3', '0']],
    ['coercion', '行政强制', n(0, 0, 0)],
  ]);
  block('b8', '八', items.slice(0, 2), [['fees', '行政事业性收费', n(1, 0)]]);
  block(
    'b9',
    '九',
    [
      ['purchases', '采购项目数量'],
      ['purchaseAmount', '采购总金额（单位：万元）'],
    ],
    [['procurement', '政府集中采购', ['4', '121.25']]],
  );
  return rows;
}
function t3Rows(gen: Gen): T3Row[] {
  const z = () => n(0, 0, 0, 0, 0, 0, 0);
  const rows: T3Row[] = [
    { id: 'new', label: '一、本年新收政府信息公开申请数量', level: 1, values: n(3, 1, 0, 0, 0, 0, 4) },
    { id: 'carry', label: '二、上年结转政府信息公开申请数量', level: 1, values: n(1, 0, 0, 0, 0, 0, 1) },
    { id: 'results', label: '三、本年度办理结果', level: 1, values: null },
    { id: 'open', label: '（一）予以公开', level: 2, values: n(2, 1, 0, 0, 0, 0, 3) },
    { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', level: 2, values: z() },
  ];
  const group = (id: string, label: string, subs: string[], prefix = id) => {
    rows.push({ id, label, level: 2, values: null });
    subs.forEach((l, i) => rows.push({ id: `${prefix}${i + 1}`, label: `${i + 1}.${l}`, level: 3, values: z() }));
  };
  group('refused', '（三）不予公开', [
    '属于国家秘密',
    '其他法律行政法规禁止公开',
    '危及“三安全一稳定”',
    '保护第三方合法权益',
    '属于三类内部事务信息',
    '属于四类过程性信息',
    '属于行政执法案卷',
    '属于行政查询事项',
  ]);
  group('unable', '（四）无法提供', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']);
  group('ignored', '（五）不予处理', [
    '信访举报投诉类申请',
    '重复申请',
    '要求提供公开出版物',
    '无正当理由大量反复申请',
    '要求行政机关确认或重新出具已获取信息',
  ]);
  if (gen === '2021')
    group(
      'otherHandling',
      '（六）其他处理',
      ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'],
      'other',
    );
  else rows.push({ id: 'otherHandling', label: '（六）其他处理', level: 2, values: z() });
  rows.push(
    { id: 'resultTotal', label: '（七）总计', level: 2, values: n(3, 1, 0, 0, 0, 0, 4) },
    { id: 'next', label: '四、结转下年度继续办理', level: 1, values: n(1, 0, 0, 0, 0, 0, 1) },
  );
  rows.find((r) => r.id === 'unable1')!.values = n(1, 0, 0, 0, 0, 0, 1);
  return rows;
}

/** A minimal report that satisfies every rule: the draft every test perturbs (2021: title year 2021; 2019: 2020). */
export function baseDraft(gen: Gen = '2021', year = gen === '2021' ? 2021 : 2020): Draft {
  return {
    gen,
    year,
    title: `示例市司法局${year}年政府信息公开工作年度报告`,
    intro: [`本报告由示例市司法局编制，统计期限为${year}年1月1日起至${year}年12月31日止。`],
    sections: [
      {
        id: 1,
        heading: CANONICAL[1],
        table: null,
        body: [
          `${year}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`,
          '（一）主动公开。本年度主动公开政府信息共12条，其中规范性文件2条、工作动态10条。',
          '（二）依申请公开。本年度共收到政府信息公开申请4件，上年结转1件，均已按时答复。',
          '（三）政府信息管理。严格落实公开前保密审查制度。',
          '（四）平台建设。持续完善门户网站政府信息公开专栏。',
          '（五）监督保障。将政府信息公开工作纳入年度考核。',
        ],
      },
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

function must<T>(x: T | undefined, what: string): T {
  assert.ok(x !== undefined, `${what} in the draft`);
  return x;
}
export const section = (d: Draft, id: SecId): DSection =>
  must(
    d.sections.find((x) => x.id === id),
    `section ${id}`,
  );
export const dropSection = (d: Draft, id: SecId) => void (d.sections = d.sections.filter((s) => s.id !== id));
/** Moves section `id` to position `index` (0-based) of the section list. */
export function moveSection(d: Draft, id: SecId, index: number): void {
  const s = section(d, id);
  d.sections = d.sections.filter((x) => x !== s);
  d.sections.splice(index, 0, s);
}
export const t3Row = (d: Draft, id: string): T3Row =>
  must(
    d.t3.find((x) => x.id === id),
    `table 三 row ${id}`,
  );
export const dropT3Row = (d: Draft, id: string) => void (d.t3 = d.t3.filter((r) => r.id !== id));
export const setT3Row = (d: Draft, id: string, values: (string | number)[]) => void (t3Row(d, id).values = values.map(String));
export const setT3 = (d: Draft, id: string, col: string, v: string | number) => void (t3Row(d, id).values![T3_COLS.indexOf(col)] = String(v));
export const t2Row = (d: Draft, key: string): T2Row =>
  must(
    d.t2.find((x) => x.key === key),
    `table 二 row ${key}`,
  );
export const setT2 = (d: Draft, key: string, col: string, v: string | number) => void (t2Row(d, key).cells[1 + t2Row(d, key).cols!.indexOf(col)] = String(v));
export const setT4 = (d: Draft, col: string, v: string | number) => void (d.t4[T4_COLS.indexOf(col)] = String(v));

export interface Built {
  text: string;
  layout: Layout;
  draft: Draft;
  /** Offset / 1-based line of a mark: title, intro, tail, h1…h6 (h5#2 for a repeat), body1…, t2, t3, t4, t2.b1.rules(.issued), t3.new(.total), t4.reviewTotal. */
  offset(key: string): number;
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
  line = (t: string, key?: string) => this.put(t + '\n', key);
}
/** Layouts with merged label cells on the data row (others put group labels on lines of their own). */
const MERGED: Layout[] = ['pipe', 'markdown', 'tab', 'html'];
/** Layouts that keep a merged cell's empty slots (a pipe row, like seeds 001/002, omits them). */
const SLOTS: Layout[] = ['markdown', 'tab', 'html'];
const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/ /g, '&nbsp;').replace(/\n/g, '<br>');
const pad = (c: Cell): Cell[] => [c, ...Array.from({ length: (c.span ?? 1) - 1 }, () => ({ t: '' }))];
/** Writes one table row in the layout's own shape. */
function row(w: Writer, layout: Layout, cells: Cell[], first = false): void {
  const join = (list: Cell[], sep: string, lead = '') => list.forEach((c, i) => w.put((i > 0 ? sep : lead) + c.t, c.key));
  if (layout === 'cell-per-line') for (const c of cells.filter((x) => x.t !== '')) w.line(c.t + '\n', c.key);
  else if (layout === 'cell-pipe') for (const c of cells) w.line(c.t === '' ? '|' : `${c.t} |`, c.key);
  else if (layout === 'space') (join(cells, ' '), w.line(''));
  else if (layout === 'tab') (join(cells.flatMap(pad), '\t'), w.line(''));
  else if (layout === 'pipe') (join(cells, ' | '), w.line(' ||'));
  else if (layout === 'markdown')
    (join(cells.flatMap(pad), ' | ', '| '),
      w.line(' |'),
      first &&
        w.line(
          '|' +
            cells
              .flatMap(pad)
              .map(() => '---|')
              .join(''),
        ));
  else {
    w.put('<tr>');
    for (const c of cells)
      (w.put(`<td${c.span && c.span > 1 ? ` colspan="${c.span}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}>`), w.put(html(c.t) + '</td>', c.key));
    w.line('</tr>');
  }
}
function renderT2(w: Writer, d: Draft, layout: Layout): void {
  d.t2.forEach((r, i) => {
    const width = Math.max(...d.t2.filter((x) => x.key.startsWith(r.key.slice(0, 2))).map((x) => x.cells.length));
    if (r.kind === 'block') row(w, layout, [{ t: r.cells[0], key: `t2.${r.key}`, span: width }], i === 0);
    else
      row(
        w,
        layout,
        r.cells.map((t, j) => ({ t, key: r.kind === 'header' ? undefined : j === 0 ? `t2.${r.key}` : `t2.${r.key}.${r.cols![j - 1]}` })),
      );
  });
}
function renderT3(w: Writer, d: Draft, layout: Layout): void {
  const merged = MERGED.includes(layout);
  const slots = SLOTS.includes(layout);
  const pads = (k: number) => Array.from({ length: k }, () => ({ t: '' }));
  row(
    w,
    layout,
    [
      { t: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', span: 3 },
      { t: '申请人情况', span: 7 },
    ],
    true,
  );
  row(w, layout, [...(slots ? [{ t: '', span: 3 }] : []), { t: layout === 'html' ? '自 然 人' : '自然人' }, { t: '法人或其他组织', span: 5 }, { t: '总计' }]);
  row(w, layout, [
    ...(slots ? [{ t: '', span: 4 }] : []),
    ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => ({ t })),
    ...(slots ? [{ t: '' }] : []),
  ]);
  let pending: T3Row[] = [];
  const rowsUnder = (g: T3Row) => {
    const after = d.t3.slice(d.t3.indexOf(g) + 1);
    const end = after.findIndex((x) => x.level <= g.level);
    return (end < 0 ? after : after.slice(0, end)).filter((x) => x.values).length;
  };
  for (const r of d.t3) {
    const key = `t3.${r.id}`;
    if (!r.values) {
      if (merged) pending.push(r);
      else row(w, layout, [{ t: r.label, key }]);
      continue;
    }
    if (layout === 'markdown' && r.id === 'ignored3') {
      // A page break splits the Markdown table: a blank line and a fresh empty header.
      w.line('');
      row(w, layout, pads(10), true);
    }
    const label = layout === 'html' && r.id === 'new' ? '一、本年新收政府信息\n公开申请数量' : r.label;
    const keep = layout === 'markdown' || layout === 'tab';
    const cells: Cell[] = merged && keep ? pads(r.level - 1 - pending.length) : [];
    if (merged) for (const g of pending) cells.push({ t: g.label, key: `t3.${g.id}`, rowspan: layout === 'html' ? rowsUnder(g) : undefined });
    cells.push({ t: label, key }, ...(merged && keep ? pads(3 - r.level) : []));
    pending = [];
    r.values.forEach((t, j) => cells.push({ t, key: `${key}.${T3_COLS[j]}` }));
    row(w, layout, cells);
  }
}
function renderT4(w: Writer, d: Draft, layout: Layout): void {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => ({ t }));
  row(
    w,
    layout,
    [
      { t: '行政复议', span: 5 },
      { t: '行政诉讼', span: 10 },
    ],
    true,
  );
  row(w, layout, [...five, { t: '未经复议直接起诉', span: 5 }, { t: '复议后起诉', span: 5 }]);
  row(w, layout, [...(SLOTS.includes(layout) ? [{ t: '', span: 5 }] : []), ...five, ...five]);
  row(
    w,
    layout,
    d.t4.map((t, j) => ({ t, key: `t4.${T4_COLS[j]}` })),
  );
}

export function render(d: Draft, layout: Layout): Built {
  const w = new Writer();
  const isHtml = layout === 'html';
  const para = (t: string, key?: string) => {
    if (isHtml) (w.put('<p>'), w.put(html(t).replace(/&nbsp;/g, ' '), key), w.line('</p>'));
    else w.line(t, key);
    if (layout === 'cell-per-line') w.line('');
  };
  if (isHtml) w.line('<html><body>');
  if (d.title !== null) (para(d.title, 'title'), isHtml || w.line(''));
  d.intro.forEach((t, i) => para(t, i === 0 ? 'intro' : undefined));
  const seen = new Map<number, number>();
  for (const s of d.sections) {
    const k = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, k);
    const suffix = k > 1 ? `#${k}` : '';
    para(s.heading, `h${s.id}${suffix}`);
    s.body.forEach((t, i) => para(t, i === 0 ? `body${s.id}${suffix}` : undefined));
    if (!s.table) continue;
    if (isHtml || layout === 'markdown') w.line(isHtml ? '<table>' : '');
    w.marks.set(s.table, w.s.length);
    ({ t2: renderT2, t3: renderT3, t4: renderT4 })[s.table](w, d, layout);
    if (isHtml) w.line('</table>');
    else if (layout === 'markdown') w.line('');
  }
  d.tail.forEach((t, i) => para(t, i === 0 ? 'tail' : undefined));
  if (isHtml) w.line('</body></html>');
  const text = w.s;
  const index = new LineIndex(text);
  const offset = (key: string) => must(w.marks.get(key), `mark ${key} (${layout})`);
  return { text, layout, draft: d, offset, line: (key) => index.lineAt(offset(key)) + 1 };
}
/** The known-good draft, perturbed by `edit`, rendered in a layout (pipe by default). */
export function build(opts: { layout?: Layout; gen?: Gen; year?: number } = {}, edit?: (d: Draft) => void): Built {
  const d = baseDraft(opts.gen ?? '2021', opts.year);
  edit?.(d);
  return render(d, opts.layout ?? 'pipe');
}

export const tableOf = (report: Report, kind: Table['kind']): Table =>
  must(
    report.tables.find((x) => x.kind === kind),
    `parsed table ${kind}`,
  );
/** Parsed cell texts of a row ('' for an empty cell), null when the row was not found. */
export function parsedRow(report: Report, kind: Table['kind'], rowId: string): string[] | null {
  const r = tableOf(report, kind).rows.find((x) => x.id === rowId);
  return r ? r.cells.map((c) => c.text) : null;
}
/** A finding with the 1-based line of its start. */
export interface Hit extends Finding {
  line: number;
}
export const lineOf = (text: string, offset: number) => new LineIndex(text).lineAt(offset) + 1;
/** 1-based line of the nth (1-based) occurrence of needle. */
export function lineOfText(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let k = 0; k < nth; k++) assert.ok((at = text.indexOf(needle, at + 1)) >= 0, `"${needle}" occurs ${nth} times`);
  return lineOf(text, at);
}
export function lintAll(text: string, opts: LintSettings = {}): { result: LintedDocument; hits: Hit[] } {
  const result = lint(text, opts);
  const index = new LineIndex(text);
  return { result, hits: result.findings.map((f) => Object.assign(f, { line: index.lineAt(f.range.start) + 1 })) };
}
/** Findings of one rule, with lines. */
export const hits = (text: string, rule: string, opts: LintSettings = {}) => lintAll(text, opts).hits.filter((h) => h.rule === rule);
const show = (h: Hit[]) => h.map((x) => `${x.line}: ${x.message.zh}`);
/** Exactly one finding of the rule. */
export function one(text: string, rule: string, opts: LintSettings = {}): Hit {
  const h = hits(text, rule, opts);
  assert.equal(h.length, 1, `expected one ${rule} finding, got ${JSON.stringify(show(h))}`);
  return h[0];
}
export const none = (text: string, rule: string, opts: LintSettings = {}) => assert.deepEqual(show(hits(text, rule, opts)), [], `no ${rule} finding`);
/** Rule, severity, 1-based line, Chinese message fragments (the numbers), English message present. */
export function expectHit(h: Hit, rule: string, severity: Finding['severity'], line: number, zh: string[] = []): void {
  assert.equal(h.rule, rule);
  assert.equal(h.severity, severity, `severity of ${rule}`);
  assert.equal(h.line, line, `line of ${rule}: ${h.message.zh}`);
  for (const part of zh) assert.ok(h.message.zh.includes(part), `message "${h.message.zh}" contains "${part}"`);
  assert.match(h.message.en, /[a-z]{3}/i, 'English message present');
}
export const applyFix = (text: string, fix: Fix) => applyEdits(text, fix.edits);
/** The finding's only fix, asserted safe (true) or a suggestion (false). */
export function fixOf(h: Hit, safe: boolean): Fix {
  assert.equal(h.fixes.length, 1, 'one fix');
  assert.equal(h.fixes[0].safe, safe, `fix is ${safe ? 'safe' : 'a suggestion'}`);
  return h.fixes[0];
}
/** Fix-all leaves no finding of the rule and is idempotent; returns the fixed text. */
export function expectFixAllClears(text: string, rule: string): string {
  const once = fixAll(text);
  assert.ok(once.changed, 'fix-all changed the text');
  none(once.text, rule);
  assert.equal(fixAll(once.text).changed, false, 'fix-all is idempotent');
  return once.text;
}
/** Error-severity findings plus table-unaligned / table-cell-count: what a clean draft must not have. */
export const problems = (text: string, opts: LintSettings = {}) =>
  lintAll(text, opts)
    .hits.filter((h) => h.severity === 'error' || h.rule === 'table-unaligned' || h.rule === 'table-cell-count')
    .map((h) => `${h.line} ${h.rule}: ${h.message.zh}`);
