// What the prose states about table 四: the counts of 行政复议 and 行政诉讼,
// "均获维持" against 结果纠正 and 尚未审结, a review "正在进行" against 尚未审结,
// "未发生行政复议" against a non-zero total.

import type { Msg } from '../../types';
import type { Cell, Report, Table } from '../../model/report';
import type { RuleContext } from '../rule';
import { cellAtIds } from '../../model/tableMath';
import { NUM, checkClaims, fromCell, rx, sentenceOf, sumOf, sureCell, type Claim, type Sentence, type SureCell } from './claims';
import { proseMatches } from './prose';

const t4Of = (report: Report): Table | undefined => report.tables.find((t) => t.kind === 't4' && t.aligned);
const CASE_UNIT = '\\s*(?:件|起|宗|个)(?![余多])';
const GROUPS = {
  review: { zh: '行政复议', en: 'review' },
  direct: { zh: '行政诉讼·未经复议直接起诉', en: 'litigation without review' },
  after: { zh: '行政诉讼·复议后起诉', en: 'litigation after review' },
} as const;
type Group = keyof typeof GROUPS;
const COLS: Record<string, Msg> = {
  Corrected: { zh: '结果纠正', en: 'corrected' },
  Pending: { zh: '尚未审结', en: 'pending' },
  Total: { zh: '总计', en: 'total' },
};
const where = (g: Group, col: string): Msg => ({ zh: `表四“${GROUPS[g].zh}·${COLS[col].zh}”`, en: `Table 4 "${GROUPS[g].en}: ${COLS[col].en}"` });
const cell = (t: Table, g: Group, col: string): SureCell | undefined => sureCell(t, 'cases', `${g}${col}`);

/** Reviews counted in the prose of another topic (a justice bureau's own review caseload) are not table 四's. */
const aboutDisclosure = (s: Sentence) => s.section === 4 || s.text.includes('信息公开');

const CLAIMS: Claim[] = [
  {
    re: rx('行政复议(?:案件|申请)?(?:共|共计|合计|为)?\\s*', NUM, CASE_UNIT),
    words: ['行政复议'],
    subject: { zh: '行政复议', en: 'administrative reviews' },
    unit: { zh: '件', en: '' },
    allowed: ({ report }) => {
      const t = t4Of(report);
      return t ? [fromCell(cell(t, 'review', 'Total'), where('review', 'Total'))] : null;
    },
    about: aboutDisclosure,
  },
  {
    // Not "行政复议和行政诉讼案件共3件": that counts both.
    re: rx('(?<!复议[和及与、])行政诉讼(?:案件)?(?:共|共计|合计|为)?\\s*', NUM, CASE_UNIT),
    words: ['行政诉讼'],
    subject: { zh: '行政诉讼', en: 'lawsuits' },
    unit: { zh: '件', en: '' },
    allowed: ({ report }) => {
      const t = t4Of(report);
      if (!t) return null;
      const direct = cell(t, 'direct', 'Total');
      const after = cell(t, 'after', 'Total');
      const both = sumOf([direct, after], { zh: '表四行政诉讼两栏总计之和', en: 'Table 4 lawsuits (both groups) total' });
      // A count of one kind of lawsuit only is a part: accepted as well.
      return [both, fromCell(direct, where('direct', 'Total')), fromCell(after, where('after', 'Total'))];
    },
    about: aboutDisclosure,
  },
];

const PENDING_REVIEW = /(?:正在进行|正在办理|尚未审结|正在审理)[^。；;，,\n]{0,6}行政复议|行政复议[^。；;，,\n]{0,8}(?:正在进行|正在办理|尚未审结|正在审理)/g;
// "未发生…被行政复议纠错" denies an outcome (a correction), not that reviews happened.
const NO_REVIEW = /(?:未发生|没有发生|未出现|无|没有)[^。；;，,\n]{0,24}?行政复议(?![^。；;，,\n]{0,2}?(?:纠错|纠正|撤销|败诉|确认违法|变更))/g;
const ALL_UPHELD = /(?:均|全部|都)(?:已|被|获|予以|依法)*维持/g;

export function checkReviews(ctx: RuleContext): void {
  const t4 = t4Of(ctx.report);
  if (!t4) return;
  checkClaims(ctx, CLAIMS);
  const pending = blankOrCount(t4, 'review', 'Pending');
  for (const { at, end } of proseMatches(ctx.report, PENDING_REVIEW, ['行政复议'])) {
    if (!pending || pending.value > 0) continue;
    ctx.add({
      range: { start: at, end },
      message: {
        zh: `正文称行政复议尚在进行，但表四“行政复议·尚未审结”为${pending.blank ? '空' : ` ${pending.value}`}`,
        en: `The text says a review is pending, but table 4 "review: pending" is ${pending.blank ? 'empty' : pending.value}`,
      },
      related: [{ range: pending.range, message: where('review', 'Pending') }],
    });
  }
  const total = cell(t4, 'review', 'Total');
  if (total && total.value! > 0) {
    for (const { at, end } of proseMatches(ctx.report, NO_REVIEW, ['行政复议'])) {
      ctx.add({
        range: { start: at, end },
        message: { zh: `正文称没有行政复议，但表四行政复议总计为 ${total.value}`, en: `The text says there were no reviews, but table 4 shows ${total.value}` },
        related: [{ range: total.range, message: where('review', 'Total') }],
      });
    }
  }
  checkUpheld(ctx, t4);
}

/** A cell read with confidence that holds a count or nothing (a blank cell counts no case). */
function blankOrCount(t: Table, g: Group, col: string): { value: number; blank: boolean; range: Cell['range'] } | undefined {
  const c = cellAtIds(t, 'cases', `${g}${col}`);
  if (!c || c.placement === 'guessed') return undefined;
  if (c.kind === 'empty') return { value: 0, blank: true, range: c.range };
  return c.kind === 'number' && c.value !== null ? { value: c.value, blank: false, range: c.range } : undefined;
}

/** The groups a "均获维持" speaks of: those its part of the sentence names (both, or section 四 when it names none). */
function upheldGroups(s: Sentence): Group[] | null {
  const lead = s.text.slice(0, s.from);
  const piece = lead.slice(Math.max(lead.lastIndexOf('；'), lead.lastIndexOf(';')) + 1);
  for (const text of [piece, s.text]) {
    const review = text.includes('复议');
    const suit = text.includes('诉讼');
    if (review && !suit) return ['review'];
    if (suit && !review) return ['direct', 'after'];
    if (review && suit) return ['review', 'direct', 'after'];
  }
  return s.section === 4 ? ['review', 'direct', 'after'] : null;
}

function checkUpheld(ctx: RuleContext, t4: Table): void {
  for (const pm of proseMatches(ctx.report, ALL_UPHELD, ['维持'])) {
    const s = sentenceOf(ctx.report, pm);
    const groups = upheldGroups(s);
    if (!groups) continue;
    const cells = groups.flatMap((g) => (['Corrected', 'Pending'] as const).map((col) => ({ g, col, c: blankOrCount(t4, g, col) })));
    // Any of them unread: the claim is not compared.
    if (cells.some((x) => !x.c)) continue;
    const off = cells.find((x) => x.c!.value > 0);
    if (!off) continue;
    const w = where(off.g, off.col);
    ctx.add({
      range: { start: pm.at, end: pm.end },
      message: {
        zh: `正文称均获维持，但${w.zh}为 ${off.c!.value}`,
        en: `The text says every decision was upheld, but ${w.en} is ${off.c!.value}`,
      },
      related: [{ range: off.c!.range, message: w }],
    });
  }
}
