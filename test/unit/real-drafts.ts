// Short drafts written the way real ones arrive: a title, a preamble, the six
// sections with a few lines and compact tables each, in either template
// generation. Rendered as plain text, as Markdown, or as one long line (a web
// page that lost its line breaks: cells, headings and paragraphs run together).

import assert from 'node:assert/strict';
import { lint, type LintedDocument } from '../../server/src/core/lint';
import type { Report } from '../../server/src/core/model/report';
import type { Finding } from '../../server/src/core/types';

export type Gen = '2019' | '2021';
export type Mode = 'text' | 'markdown' | 'oneline';
export const GENS: Gen[] = ['2021', '2019'];
export const MODES: Mode[] = ['text', 'markdown', 'oneline'];

export const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

export interface RealDraft {
  gen: Gen;
  year: number;
  /** Title lines (usually one; none for a draft without a title). */
  title: string[];
  /** Lines before the title (web page chrome). */
  chrome: string[];
  intro: string[];
  /** Per section: its heading line, body lines and table rows (cells). */
  sections: { heading: string; body: string[]; table: string[][] }[];
}

const z7 = ['0', '0', '0', '0', '0', '0', '0'];

function table2(gen: Gen): string[][] {
  if (gen === '2021') {
    return [
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '5', '1', '36'],
      ['第二十条第（八）项'],
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', '5949.0886'],
    ];
  }
  return [
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规范性文件', '5', '5', '36'],
    ['第二十条第（九）项'],
    ['信息内容', '采购项目数量', '采购总金额'],
    ['政府集中采购', '4', '121.25万元'],
  ];
}

function table3(gen: Gen): string[][] {
  return [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
    ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
    ['一、本年新收政府信息公开申请数量', '3', '1', '0', '0', '0', '0', '4'],
    ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
    ['三、本年度办理结果'],
    ['（一）予以公开', '4', '1', '0', '0', '0', '0', '5'],
    // 2019: （六） is a row of its own; 2021: a group label over three numbered rows.
    ...(gen === '2021' ? [['（六）其他处理'], ['3.其他', ...z7]] : [['（六）其他处理', ...z7]]),
    ['（七）总计', '4', '1', '0', '0', '0', '0', '5'],
    ['四、结转下年度继续办理', ...z7],
  ];
}

function table4(): string[][] {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [['行政复议', '行政诉讼'], [...five, '未经复议直接起诉', '复议后起诉'], [...five, ...five], Array.from({ length: 15 }, () => '0')];
}

/** A complete short draft: 2021 template for 2022, 2019 template for 2019. */
export function realDraft(gen: Gen): RealDraft {
  const year = gen === '2021' ? 2022 : 2019;
  return {
    gen,
    year,
    title: [`某某县人民政府办公室${year}年政府信息公开工作年度报告`],
    chrome: [],
    intro: [`本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限为${year}年1月1日起至${year}年12月31日止。`],
    sections: [
      {
        heading: HEADINGS[0],
        body: [`${year}年，在县委县政府的领导下，我办认真贯彻落实《条例》，扎实推进政务公开工作。`, '（一）主动公开。全年主动公开政府信息356条。'],
        table: [],
      },
      { heading: HEADINGS[1], body: [], table: table2(gen) },
      { heading: HEADINGS[2], body: [], table: table3(gen) },
      { heading: HEADINGS[3], body: [], table: table4() },
      { heading: HEADINGS[4], body: ['一是政策解读形式较为单一。二是将丰富解读形式，加强业务培训。'], table: [] },
      { heading: HEADINGS[5], body: ['本年度未收取信息处理费。'], table: [] },
    ],
  };
}

/** The draft as a file: its lines in the mode's shape. */
export function renderReal(d: RealDraft, mode: Mode): string {
  if (mode === 'oneline') {
    // Lost line breaks: every line and every cell run straight into the next.
    const parts = [...d.chrome, ...d.title, ...d.intro];
    for (const s of d.sections) parts.push(s.heading, ...s.body, ...s.table.map((r) => r.join('')));
    return parts.join('');
  }
  const md = mode === 'markdown';
  const out = [...d.chrome, ...d.title.map((t) => (md ? `# ${t}` : t)), '', ...d.intro];
  for (const s of d.sections) {
    out.push(md ? `## ${s.heading}` : s.heading, ...s.body);
    if (s.table.length === 0) continue;
    if (md) out.push('');
    s.table.forEach((r, i) => {
      out.push(md ? `| ${r.join(' | ')} |` : r.join('\t'));
      if (md && i === 0) out.push(`|${r.map(() => '---|').join('')}`);
    });
    if (md) out.push('');
  }
  return out.join('\n') + '\n';
}

export const build = (gen: Gen, mode: Mode, edit?: (d: RealDraft) => void): string => {
  const d = realDraft(gen);
  edit?.(d);
  return renderReal(d, mode);
};

export function linted(text: string): { doc: LintedDocument; report: Report; rules: (rule: string) => Finding[] } {
  const doc = lint(text);
  assert.equal(doc.parts.length, 1, 'one report');
  return { doc, report: doc.report, rules: (rule) => doc.findings.filter((f) => f.rule === rule) };
}

/** Section ids in document order. */
export const sectionIds = (r: Report) => r.sections.map((s) => s.id);
