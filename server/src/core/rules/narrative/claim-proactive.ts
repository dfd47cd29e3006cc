// What the prose states about table 二: documents issued, repealed and in
// force (2021 template: 制发, 废止, 现行有效; 2019: 新制作, 新公开, 对外公开总数量)
// of 规章 and 规范性文件, and 行政事业性收费 in 万元. A document count is often a
// part (one issuer's, one library's), so a count that another count of the
// same sentence completes is accepted, and "其中" makes any count a part.

import type { Generation, Msg } from '../../types';
import type { Report, Table } from '../../model/report';
import type { RuleContext } from '../rule';
import { NUM, UNIT, checkClaims, fromCell, rx, sureCell, type Claim, type Sentence } from './claims';

const t2Of = (report: Report): Table | undefined => report.tables.find((t) => t.kind === 't2' && t.aligned);

interface Figure {
  gen: Generation;
  /** The verb or attribute before the subject. */
  kw: string;
  col: string;
  zh: string;
  en: string;
}

const FIGURES: Figure[] = [
  { gen: '2021', kw: '制发', col: 'issued', zh: '本年制发件数', en: 'issued this year' },
  { gen: '2021', kw: '废止', col: 'repealed', zh: '本年废止件数', en: 'repealed this year' },
  { gen: '2021', kw: '现行有效', col: 'valid', zh: '现行有效件数', en: 'currently valid' },
  { gen: '2019', kw: '新制作', col: 'made', zh: '本年新制作数量', en: 'newly made' },
  { gen: '2019', kw: '新公开', col: 'published', zh: '本年新公开数量', en: 'newly published' },
  { gen: '2019', kw: '对外公开', col: 'totalPublic', zh: '对外公开总数量', en: 'total public' },
];

const SUBJECTS = [
  { row: 'b1.rules', re: '规章', zh: '规章', en: 'rules' },
  // Not "规范性文件" inside "行政规范性文件" read twice: the optional 行政 is part of the subject.
  { row: 'b1.normative', re: '(?:行政)?规范性文件', zh: '规范性文件', en: 'normative documents' },
];

/** "其中" before the count, or the count of one issuer among several: a part. */
const partSentence = (s: Sentence) => !/其中|包括|含/.test(s.text.slice(Math.max(0, s.from - 8), s.to));

function figureClaims(): Claim[] {
  const out: Claim[] = [];
  for (const f of FIGURES) {
    for (const sub of SUBJECTS) {
      // 对外公开 counts the total only when the sentence says so ("对外公开规范性文件总数10件").
      const tail = f.col === 'totalPublic' ? '(?:总数量|总数|总量)' : '';
      const before = f.col === 'totalPublic' ? '' : '(?:本年度?)?(?:新)?';
      out.push({
        re: rx(before, f.kw, '(?:的)?', sub.re, tail, '(?:共|共计|合计|为)?\\s*', NUM, UNIT),
        words: [f.kw],
        subject: { zh: `${f.kw}${sub.zh}`, en: `${sub.en} ${f.en}` },
        unit: { zh: '件', en: '' },
        allowed: ({ report }) => figure(report, f.gen, sub.row, f.col, { zh: `表二“${sub.zh}·${f.zh}”`, en: `Table 2 "${sub.en}: ${f.en}"` }),
        about: partSentence,
        mayBePart: true,
      });
    }
  }
  out.push({
    re: rx('行政事业性收费(?:的)?(?:金额|总额|总金额)?(?:共|共计|合计|为)?\\s*', NUM, '\\s*万元'),
    words: ['行政事业性收费'],
    subject: { zh: '行政事业性收费', en: 'administrative fees (10k yuan)' },
    unit: { zh: '万元', en: '' },
    allowed: ({ report }) =>
      figure(report, '2021', 'b8.fees', 'feeAmount', { zh: '表二“行政事业性收费·本年收费金额”', en: 'Table 2 "administrative fees: amount"' }),
  });
  return out;
}

/** A figure of table 二 only in the generation that has it (the columns mean different things). */
function figure(report: Report, gen: Generation, row: string, col: string, where: Msg) {
  const t = t2Of(report);
  if (!t || t.generation !== gen) return null;
  return [fromCell(sureCell(t, row, col), where)];
}

const CLAIMS = figureClaims();

export function checkProactive(ctx: RuleContext): void {
  if (t2Of(ctx.report)) checkClaims(ctx, CLAIMS);
}
