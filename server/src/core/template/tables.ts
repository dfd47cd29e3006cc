// The three standard tables of the official template, as data: rows, columns,
// label variants. The parser aligns drafts to these; rules read them; nothing
// else hard-codes a label.

import type { Generation, Msg } from '../types';

export type TableKind = 't2' | 't3' | 't4';

export interface ColumnDef {
  id: string;
  label: Msg;
  /** Normalised label keys that identify the column (prefix match). */
  keys: string[];
  /** Cell value constraints. */
  value: 'count' | 'signed' | 'money' | 'amount';
  /** A total cell whose value follows from others (fix writes the computed value). */
  total?: boolean;
}

export interface RowDef {
  id: string;
  label: Msg;
  /** Normalised keys (after stripping ordinals/notes) that identify the row. */
  keys: string[];
  /** Group label row: no numbers of its own. */
  group?: boolean;
  /** Parent group id (for numbered sub-items that repeat across groups). */
  parent?: string;
  /** Rows only in one generation. */
  only?: Generation;
  /** Derived rows (their cells follow from others). */
  total?: boolean;
  /** A data row in one generation, a group label in the other (decided by the draft). */
  maybeGroup?: boolean;
  /** Extra rows some provinces add; never reported missing. */
  optional?: boolean;
  /** Block (table 二 only). */
  block?: string;
}

export interface BlockDef {
  id: string;
  label: Msg;
  keys: string[];
  columns: ColumnDef[];
  rows: RowDef[];
}

const count = (id: string, zh: string, en: string, keys: string[], extra: Partial<ColumnDef> = {}): ColumnDef => ({
  id,
  label: { zh, en },
  keys,
  value: 'count',
  ...extra,
});

// ---------------------------------------------------------------- table 二

export const T2_BLOCKS: Record<Generation, BlockDef[]> = {
  '2021': [
    {
      id: 'b1',
      label: { zh: '第二十条第（一）项', en: 'Art. 20 (1)' },
      keys: ['第二十条第(一)项'],
      columns: [
        count('issued', '本年制发件数', 'Issued this year', ['本年制发件数', '本年制发']),
        count('repealed', '本年废止件数', 'Repealed this year', ['本年废止件数', '本年废止']),
        count('valid', '现行有效件数', 'Currently valid', ['现行有效件数', '现行有效']),
      ],
      rows: [
        { id: 'rules', label: { zh: '规章', en: 'Rules' }, keys: ['规章'] },
        { id: 'normative', label: { zh: '行政规范性文件', en: 'Normative documents' }, keys: ['行政规范性文件', '规范性文件'] },
      ],
    },
    {
      id: 'b5',
      label: { zh: '第二十条第（五）项', en: 'Art. 20 (5)' },
      keys: ['第二十条第(五)项'],
      columns: [count('decisions', '本年处理决定数量', 'Decisions this year', ['本年处理决定数量', '本年处理决定'])],
      rows: [{ id: 'license', label: { zh: '行政许可', en: 'Administrative licensing' }, keys: ['行政许可'] }],
    },
    {
      id: 'b6',
      label: { zh: '第二十条第（六）项', en: 'Art. 20 (6)' },
      keys: ['第二十条第(六)项'],
      columns: [count('decisions', '本年处理决定数量', 'Decisions this year', ['本年处理决定数量', '本年处理决定'])],
      rows: [
        { id: 'penalty', label: { zh: '行政处罚', en: 'Administrative penalties' }, keys: ['行政处罚'] },
        { id: 'coercion', label: { zh: '行政强制', en: 'Administrative coercion' }, keys: ['行政强制'] },
      ],
    },
    {
      id: 'b8',
      label: { zh: '第二十条第（八）项', en: 'Art. 20 (8)' },
      keys: ['第二十条第(八)项'],
      columns: [{ id: 'feeAmount', label: { zh: '本年收费金额（单位：万元）', en: 'Fees collected (10k yuan)' }, keys: ['本年收费金额'], value: 'money' }],
      rows: [{ id: 'fees', label: { zh: '行政事业性收费', en: 'Administrative fees' }, keys: ['行政事业性收费'] }],
    },
  ],
  '2019': [
    {
      id: 'b1',
      label: { zh: '第二十条第（一）项', en: 'Art. 20 (1)' },
      keys: ['第二十条第(一)项'],
      columns: [
        count('made', '本年新制作数量', 'Newly made', ['本年新制作数量', '本年新制作']),
        count('published', '本年新公开数量', 'Newly published', ['本年新公开数量', '本年新公开']),
        count('totalPublic', '对外公开总数量', 'Total public', ['对外公开总数量', '对外公开总量', '对外公开总']),
      ],
      rows: [
        { id: 'rules', label: { zh: '规章', en: 'Rules' }, keys: ['规章'] },
        { id: 'normative', label: { zh: '规范性文件', en: 'Normative documents' }, keys: ['规范性文件', '行政规范性文件'] },
        { id: 'otherDocs', label: { zh: '其他主动公开文件', en: 'Other published documents' }, keys: ['其他主动公开文件'], optional: true },
      ],
    },
    {
      id: 'b5',
      label: { zh: '第二十条第（五）项', en: 'Art. 20 (5)' },
      keys: ['第二十条第(五)项'],
      columns: itemColumns(true),
      rows: [
        { id: 'license', label: { zh: '行政许可', en: 'Administrative licensing' }, keys: ['行政许可'] },
        { id: 'otherServices', label: { zh: '其他对外管理服务事项', en: 'Other services' }, keys: ['其他对外管理服务事项', '其他对外管理服务'] },
      ],
    },
    {
      id: 'b6',
      label: { zh: '第二十条第（六）项', en: 'Art. 20 (6)' },
      keys: ['第二十条第(六)项'],
      columns: itemColumns(true),
      rows: [
        { id: 'penalty', label: { zh: '行政处罚', en: 'Administrative penalties' }, keys: ['行政处罚'] },
        { id: 'coercion', label: { zh: '行政强制', en: 'Administrative coercion' }, keys: ['行政强制'] },
      ],
    },
    {
      id: 'b8',
      label: { zh: '第二十条第（八）项', en: 'Art. 20 (8)' },
      keys: ['第二十条第(八)项'],
      columns: itemColumns(false),
      rows: [{ id: 'fees', label: { zh: '行政事业性收费', en: 'Administrative fees' }, keys: ['行政事业性收费'] }],
    },
    {
      id: 'b9',
      label: { zh: '第二十条第（九）项', en: 'Art. 20 (9)' },
      keys: ['第二十条第(九)项'],
      columns: [
        count('purchases', '采购项目数量', 'Procurement projects', ['采购项目数量', '采购项目']),
        { id: 'purchaseAmount', label: { zh: '采购总金额', en: 'Procurement amount' }, keys: ['采购总金额', '采购金额'], value: 'amount' },
      ],
      rows: [{ id: 'procurement', label: { zh: '政府集中采购', en: 'Central government procurement' }, keys: ['政府集中采购'] }],
    },
  ],
};

function itemColumns(withDecisions: boolean): ColumnDef[] {
  const cols: ColumnDef[] = [
    count('lastYear', '上一年项目数量', 'Items last year', ['上一年项目数量', '上一年项目']),
    { id: 'change', label: { zh: '本年增/减', en: 'Change this year' }, keys: ['本年增/减', '本年增减', '本年增'], value: 'signed' },
  ];
  if (withDecisions) cols.push(count('decisions', '处理决定数量', 'Decisions', ['处理决定数量', '处理决定']));
  return cols;
}

// ---------------------------------------------------------------- table 三

export const T3_COLUMNS: ColumnDef[] = [
  count('natural', '自然人', 'Natural persons', ['自然人']),
  count('business', '商业企业', 'Businesses', ['商业企业']),
  count('research', '科研机构', 'Research institutions', ['科研机构']),
  count('public', '社会公益组织', 'Public-interest organisations', ['社会公益组织']),
  count('legal', '法律服务机构', 'Legal service organisations', ['法律服务机构']),
  count('other', '其他', 'Others', ['其他', '其它']),
  count('total', '总计', 'Total', ['总计'], { total: true }),
];

const r = (id: string, zh: string, en: string, keys: string[], extra: Partial<RowDef> = {}): RowDef => ({
  id,
  label: { zh, en },
  keys,
  ...extra,
});

/** Table 三 rows in template order. Keys are matched after stripping ordinals. */
export const T3_ROWS: RowDef[] = [
  r('new', '一、本年新收政府信息公开申请数量', 'I. New requests this year', ['本年新收']),
  r('carry', '二、上年结转政府信息公开申请数量', 'II. Carried over from last year', ['上年结转']),
  r('results', '三、本年度办理结果', 'III. Results this year', ['本年度办理结果', '本年办理结果', '办理结果'], { group: true }),
  r('open', '（一）予以公开', '(1) Disclosed', ['予以公开']),
  r('partial', '（二）部分公开', '(2) Partly disclosed', ['部分公开']),
  r('refused', '（三）不予公开', '(3) Not disclosed', ['不予公开'], { group: true }),
  r('refused1', '1.属于国家秘密', '1. State secret', ['属于国家秘密', '国家秘密'], { parent: 'refused' }),
  r('refused2', '2.其他法律行政法规禁止公开', '2. Prohibited by other laws', ['其他法律行政法规禁止公开', '法律行政法规禁止公开'], { parent: 'refused' }),
  r('refused3', '3.危及“三安全一稳定”', '3. Endangers the "three securities and one stability"', ['危及'], { parent: 'refused' }),
  r('refused4', '4.保护第三方合法权益', '4. Third-party rights', ['保护第三方合法权益', '第三方合法权益'], { parent: 'refused' }),
  r('refused5', '5.属于三类内部事务信息', '5. Internal affairs', ['属于三类内部事务信息', '三类内部事务', '内部事务信息'], { parent: 'refused' }),
  r('refused6', '6.属于四类过程性信息', '6. Process information', ['属于四类过程性信息', '四类过程性信息', '过程性信息'], { parent: 'refused' }),
  r('refused7', '7.属于行政执法案卷', '7. Enforcement files', ['属于行政执法案卷', '行政执法案卷'], { parent: 'refused' }),
  r('refused8', '8.属于行政查询事项', '8. Administrative queries', ['属于行政查询事项', '行政查询事项'], { parent: 'refused' }),
  r('unable', '（四）无法提供', '(4) Cannot be provided', ['无法提供'], { group: true }),
  r('unable1', '1.本机关不掌握相关政府信息', '1. Not held by this body', ['本机关不掌握', '不掌握相关政府信息'], { parent: 'unable' }),
  r('unable2', '2.没有现成信息需要另行制作', '2. Would have to be created', ['没有现成信息', '需要另行制作'], { parent: 'unable' }),
  r('unable3', '3.补正后申请内容仍不明确', '3. Still unclear after correction', ['补正后申请内容仍不明确', '申请内容仍不明确'], { parent: 'unable' }),
  r('ignored', '（五）不予处理', '(5) Not processed', ['不予处理'], { group: true }),
  r('ignored1', '1.信访举报投诉类申请', '1. Petitions and complaints', ['信访举报投诉'], { parent: 'ignored' }),
  r('ignored2', '2.重复申请', '2. Repeated requests', ['重复申请'], { parent: 'ignored' }),
  r('ignored3', '3.要求提供公开出版物', '3. Published material requested', ['要求提供公开出版物', '公开出版物'], { parent: 'ignored' }),
  r('ignored4', '4.无正当理由大量反复申请', '4. Massive repeated requests', ['无正当理由大量反复申请', '大量反复申请'], { parent: 'ignored' }),
  r('ignored5', '5.要求行政机关确认或重新出具已获取信息', '5. Confirmation of obtained information', ['要求行政机关确认', '重新出具已获取信息'], {
    parent: 'ignored',
  }),
  // 2019: a data row of its own; 2021: a group label over three numbered rows.
  r('otherHandling', '（六）其他处理', '(6) Other handling', ['其他处理'], { maybeGroup: true }),
  r(
    'other1',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '1. No correction in time',
    ['申请人无正当理由逾期不补正', '无正当理由逾期不补正', '逾期不补正'],
    { parent: 'otherHandling', only: '2021' },
  ),
  r(
    'other2',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '2. Fees not paid in time',
    ['申请人逾期未按收费通知', '逾期未按收费通知'],
    { parent: 'otherHandling', only: '2021' },
  ),
  r('other3', '3.其他', '3. Other', ['其他'], { parent: 'otherHandling', only: '2021' }),
  r('resultTotal', '（七）总计', '(7) Total', ['总计'], { total: true }),
  r('next', '四、结转下年度继续办理', 'IV. Carried over to next year', ['结转下年度'], { total: true }),
];

export function t3Rows(generation: Generation | null): RowDef[] {
  return T3_ROWS.filter((row) => !row.only || !generation || row.only === generation);
}

// ---------------------------------------------------------------- table 四

const reviewCols = (prefix: string, zhGroup: string, enGroup: string): ColumnDef[] => [
  count(`${prefix}Upheld`, `${zhGroup}·结果维持`, `${enGroup}: upheld`, ['结果维持']),
  count(`${prefix}Corrected`, `${zhGroup}·结果纠正`, `${enGroup}: corrected`, ['结果纠正']),
  count(`${prefix}Other`, `${zhGroup}·其他结果`, `${enGroup}: other`, ['其他结果', '其它结果']),
  count(`${prefix}Pending`, `${zhGroup}·尚未审结`, `${enGroup}: pending`, ['尚未审结']),
  count(`${prefix}Total`, `${zhGroup}·总计`, `${enGroup}: total`, ['总计'], { total: true }),
];

export const T4_COLUMNS: ColumnDef[] = [
  ...reviewCols('review', '行政复议', 'Administrative review'),
  ...reviewCols('direct', '行政诉讼·未经复议直接起诉', 'Litigation without review'),
  ...reviewCols('after', '行政诉讼·复议后起诉', 'Litigation after review'),
];

/** Header words printed above the columns that name no column of their own. */
export const GROUP_HEADERS: Record<TableKind, string[]> = {
  t2: ['信息内容'],
  t3: ['申请人情况', '法人或其他组织'],
  t4: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'],
};

/** Every column of every table (both generations of table 二). */
export function allColumns(): ColumnDef[] {
  return [...Object.values(T2_BLOCKS).flatMap((blocks) => blocks.flatMap((b) => b.columns)), ...T3_COLUMNS, ...T4_COLUMNS];
}

export const T4_ROW: RowDef = { id: 'cases', label: { zh: '行政复议、行政诉讼情况', en: 'Reviews and lawsuits' }, keys: [] };

export const TABLE_NAMES: Record<TableKind, Msg> = {
  t2: { zh: '表二：主动公开政府信息情况', en: 'Table 2: proactive disclosure' },
  t3: { zh: '表三：收到和处理政府信息公开申请情况', en: 'Table 3: requests received and handled' },
  t4: { zh: '表四：政府信息公开行政复议、行政诉讼情况', en: 'Table 4: administrative reviews and lawsuits' },
};

export const TABLE_SECTION: Record<TableKind, 2 | 3 | 4> = { t2: 2, t3: 3, t4: 4 };
