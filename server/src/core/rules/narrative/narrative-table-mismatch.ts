// narrative-table-mismatch: a count in the prose contradicts table 三 or 四
// ("共收到11件申请" vs 一、本年新收 总计; "未收到申请" vs a non-zero table;
// a review "正在进行/尚未审结" vs table 四's 尚未审结).

import type { Rule, RuleContext } from '../rule';
import type { Cell, Table } from '../../model/report';
import { cellAtIds } from '../../model/tableMath';
import { proseMatches } from './prose';
import { toHalfWidth } from '../../text/normalize';

const RECEIVED =
  /(?:共|总共|累计|合计)?(?:收到|受理)(?:和处理|并处理|及办理)?[^。；;，,\n]{0,16}?申请(?:共|总计|合计)?\s*([0-9０-９]+)\s*(?:件|条|个|项|次|份|宗)/g;
const RECEIVED_BEFORE = /共(?:收到|受理)\s*([0-9０-９]+)\s*(?:件|条|个|项|份|宗)[^。；;\n]{0,16}?申请/g;
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|受理)[^。；;，,\n]{0,16}?申请/g;
const PENDING_REVIEW = /(?:正在进行|正在办理|尚未审结|正在审理)[^。；;，,\n]{0,6}行政复议|行政复议[^。；;，,\n]{0,8}(?:正在进行|正在办理|尚未审结|正在审理)/g;
// "未发生…被行政复议纠错" denies an outcome (a correction), not that reviews happened.
const NO_REVIEW = /(?:未发生|没有发生|未出现|无|没有)[^。；;，,\n]{0,24}?行政复议(?![^。；;，,\n]{0,2}?(?:纠错|纠正|撤销|败诉|确认违法|变更))/g;
/** Words every match of the patterns above contains (see proseMatches). */
const RECEIVE_WORDS = ['收到', '受理'];
const REVIEW_WORDS = ['行政复议'];

function num(c: Cell | undefined): number | null {
  return c && c.kind === 'number' ? c.value : null;
}

export const rule: Rule = {
  meta: {
    id: 'narrative-table-mismatch',
    category: 'narrative',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '正文中的数字与统计表矛盾', en: 'A count in the prose contradicts the tables' },
  },
  check(ctx) {
    const t3 = ctx.report.tables.find((t) => t.kind === 't3' && t.aligned);
    const t4 = ctx.report.tables.find((t) => t.kind === 't4' && t.aligned);
    if (t3) checkRequests(ctx, t3);
    if (t4) checkReviews(ctx, t4);
  },
};

function checkRequests(ctx: RuleContext, t3: Table): void {
  const fresh = num(cellAtIds(t3, 'new', 'total'));
  const carried = num(cellAtIds(t3, 'carry', 'total')) ?? 0;
  if (fresh === null) return;
  const seen = new Set<number>();
  for (const re of [RECEIVED, RECEIVED_BEFORE]) {
    for (const { m, at, end } of proseMatches(ctx.report, re, RECEIVE_WORDS)) {
      if (seen.has(at)) continue;
      seen.add(at);
      const n = Number(toHalfWidth(m[1]));
      if (n === fresh || n === fresh + carried) continue;
      ctx.add({
        range: { start: at, end },
        message: {
          zh: `正文称收到申请 ${n} 件，表三“一、本年新收政府信息公开申请数量”总计为 ${fresh}`,
          en: `The text says ${n} requests were received; table 3 "new requests this year" total is ${fresh}`,
        },
        related: [{ range: cellAtIds(t3, 'new', 'total')!.range, message: { zh: '表三本年新收总计', en: 'Table 3 new requests total' } }],
      });
    }
  }
  if (fresh + carried === 0) return;
  for (const { at, end } of proseMatches(ctx.report, NONE_RECEIVED, RECEIVE_WORDS)) {
    ctx.add({
      range: { start: at, end },
      message: { zh: `正文称未收到申请，但表三本年新收总计为 ${fresh}`, en: `The text says no requests were received, but table 3 shows ${fresh}` },
    });
  }
}

function checkReviews(ctx: RuleContext, t4: Table): void {
  const pending = num(cellAtIds(t4, 'cases', 'reviewPending'));
  const total = num(cellAtIds(t4, 'cases', 'reviewTotal'));
  const pendingCell = cellAtIds(t4, 'cases', 'reviewPending');
  for (const { at, end } of proseMatches(ctx.report, PENDING_REVIEW, REVIEW_WORDS)) {
    if (pending !== null && pending > 0) continue;
    ctx.add({
      range: { start: at, end },
      message: {
        zh: `正文称行政复议尚在进行，但表四“行政复议·尚未审结”为${pending === null ? '空' : ` ${pending}`}`,
        en: `The text says a review is pending, but table 4 "review: pending" is ${pending === null ? 'empty' : pending}`,
      },
      related: pendingCell ? [{ range: pendingCell.range, message: { zh: '表四行政复议·尚未审结', en: 'Table 4 review: pending' } }] : undefined,
    });
  }
  if (!total) return;
  for (const { at, end } of proseMatches(ctx.report, NO_REVIEW, REVIEW_WORDS)) {
    ctx.add({
      range: { start: at, end },
      message: { zh: `正文称没有行政复议，但表四行政复议总计为 ${total}`, en: `The text says there were no reviews, but table 4 shows ${total}` },
    });
  }
}
