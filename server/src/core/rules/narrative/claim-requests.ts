// Counts the prose states about table 三: requests received (本年新收, or with
// 上年结转 added), carried over from last year, handled (办结/答复), carried
// to next year, and each result category; "全部办结" against 结转下年度; "未收到申请".

import type { Msg } from '../../types';
import type { Report, Table } from '../../model/report';
import type { RuleContext } from '../rule';
import { t3Rows } from '../../template/tables';
import { NUM, UNIT, checkClaims, fromCell, rowOrGroup, rx, sentenceOf, sumOf, sureCell, type Allowed, type Claim, type Sentence } from './claims';
import { proseMatches } from './prose';

const t3Of = (report: Report): Table | undefined => report.tables.find((t) => t.kind === 't3' && t.aligned);
const total = (t: Table, row: string) => sureCell(t, row, 'total');
const named = (zh: string, en: string): Msg => ({ zh: `表三“${zh}”总计`, en: `Table 3 "${en}" total` });
const PIECES = { zh: '件', en: '' };

/** Applicant types: a count beside one of them is that column's, not the total. */
const APPLICANT = /自然人|商业企业|科研机构|社会公益组织|法律服务机构/;
/** The sentence is about disclosure requests (the figures of hotlines and petitions are not). */
const aboutRequests = (s: Sentence) => s.text.includes('申请') || s.section === 3;
const aboutResults = (s: Sentence) => aboutRequests(s) && !APPLICANT.test(s.text.slice(0, s.to));

function childrenOf(t: Table, group: string): string[] {
  return t3Rows(t.generation)
    .filter((r) => r.parent === group)
    .map((r) => r.id);
}

function category(t: Table, id: string, zh: string, en: string): Allowed | null {
  return rowOrGroup(t, id, childrenOf(t, id), 'total', named(zh, en));
}

const RESULT_IDS: [string, string, string][] = [
  ['open', '（一）予以公开', '(1) Disclosed'],
  ['partial', '（二）部分公开', '(2) Partly disclosed'],
  ['refused', '（三）不予公开', '(3) Not disclosed'],
  ['unable', '（四）无法提供', '(4) Cannot be provided'],
  ['ignored', '（五）不予处理', '(5) Not processed'],
  ['otherHandling', '（六）其他处理', '(6) Other handling'],
];

/** 办结/答复: （七）总计 as written, or what the result rows add up to (the table may be wrong itself). */
function handled(t: Table): (Allowed | null)[] {
  const cell = fromCell(total(t, 'resultTotal'), { zh: '表三“（七）总计”总计列', en: 'Table 3 "(7) Total", total column' });
  const parts = RESULT_IDS.map(([id, zh, en]) => category(t, id, zh, en));
  if (!cell) return [null];
  if (parts.some((p) => p === null)) return [cell];
  const v = parts.reduce((a, p) => a + p!.value, 0);
  return [cell, { value: v, where: { zh: '表三各项办理结果之和', en: 'Table 3 results added up' }, range: cell.range }];
}

/** A category's keyword after which (or before which) the count stands. */
function categoryClaims(kw: string, id: string, zh: string, en: string): Claim[] {
  const allowed = (c: { report: Report }) => {
    const t = t3Of(c.report);
    return t ? [category(t, id, zh, en)] : null;
  };
  const subject = { zh: kw.replace(/\(.*\)/, ''), en };
  const base = { words: [subject.zh], subject, unit: PIECES, allowed, about: aboutResults };
  return [
    { ...base, re: rx(kw, '(?:的)?(?:申请)?(?:共|共计|为|有)?\\s*', NUM, UNIT) },
    { ...base, re: rx(NUM, UNIT, '(?:申请)?', kw) },
  ];
}

const CLAIMS: Claim[] = [
  {
    re: rx(
      '(?:共|总共|累计|合计)?(?:收到|受理)(?:和处理|并处理|及办理)?[^。；;，,\\n]{0,16}?申请(?:共|总计|合计)?\\s*',
      NUM,
      '\\s*(?:件|条|个|项|次|份|宗)(?![余多])',
    ),
    words: ['收到', '受理'],
    subject: { zh: '收到申请', en: 'requests received' },
    unit: PIECES,
    allowed: ({ report }) => received(report),
  },
  {
    re: rx('(?:共|本年)(?:收到|受理|新收)\\s*', NUM, '\\s*(?:件|条|个|项|份|宗)[^。；;\\n]{0,16}?申请'),
    words: ['收到', '受理', '新收'],
    subject: { zh: '收到申请', en: 'requests received' },
    unit: PIECES,
    allowed: ({ report }) => received(report),
  },
  {
    re: rx('新收(?:政府信息公开)?申请(?:共|数量为|数量|为)?\\s*', NUM, UNIT),
    words: ['新收'],
    subject: { zh: '新收申请', en: 'new requests' },
    unit: PIECES,
    allowed: ({ report }) => received(report),
  },
  {
    re: rx('上一?年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:共|为)?\\s*', NUM, UNIT),
    words: ['结转'],
    subject: { zh: '上年结转', en: 'carried over from last year' },
    unit: PIECES,
    allowed: ({ report }) => only(report, 'carry', '二、上年结转政府信息公开申请数量', 'II. Carried over'),
    about: aboutRequests,
  },
  {
    re: rx('(?<!上一?年度?)结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?(?:共|为)?\\s*', NUM, UNIT),
    words: ['结转'],
    subject: { zh: '结转下年度', en: 'carried over to next year' },
    unit: PIECES,
    allowed: ({ report }) => only(report, 'next', '四、结转下年度继续办理', 'IV. Carried over to next year'),
    about: aboutRequests,
  },
  {
    re: rx(NUM, UNIT, '(?:申请)?(?:结转|转入)(?:至|到)?下一?年'),
    words: ['结转', '转入'],
    subject: { zh: '结转下年度', en: 'carried over to next year' },
    unit: PIECES,
    allowed: ({ report }) => only(report, 'next', '四、结转下年度继续办理', 'IV. Carried over to next year'),
    about: aboutRequests,
  },
  {
    // Not a category's reply ("同意公开答复9件", "不予公开答复2件", "不予处理答复"): a part of the total.
    re: rx('(?<![开理供知])(?:办结|答复|办理完毕|办理完成)(?:了)?(?:政府信息公开)?(?:申请)?(?:共|共计|合计)?\\s*', NUM, UNIT),
    words: ['办结', '答复', '办理完'],
    subject: { zh: '办结', en: 'requests handled' },
    unit: PIECES,
    allowed: ({ report }) => {
      const t = t3Of(report);
      return t ? handled(t) : null;
    },
    about: aboutRequests,
  },
  {
    re: rx('予以公开(?:及|和|与|、)部分公开(?:的)?(?:申请)?(?:共|共计|为|有)?\\s*', NUM, UNIT),
    words: ['部分公开'],
    subject: { zh: '予以公开及部分公开', en: 'disclosed in full or in part' },
    unit: PIECES,
    allowed: ({ report }) => {
      const t = t3Of(report);
      return t
        ? [sumOf([total(t, 'open'), total(t, 'partial')], { zh: '表三“（一）予以公开”与“（二）部分公开”总计之和', en: 'Table 3 (1) + (2) totals' })]
        : null;
    },
    about: aboutResults,
  },
  ...categoryClaims('(?<![及和与、])予以公开', 'open', '（一）予以公开', 'disclosed'),
  ...categoryClaims('(?<![及和与、])部分公开', 'partial', '（二）部分公开', 'partly disclosed'),
  ...categoryClaims('不予公开', 'refused', '（三）不予公开', 'not disclosed'),
  ...categoryClaims('无法提供', 'unable', '（四）无法提供', 'cannot be provided'),
  ...categoryClaims('不予处理', 'ignored', '（五）不予处理', 'not processed'),
  ...categoryClaims('其他处理', 'otherHandling', '（六）其他处理', 'other handling'),
];

function received(report: Report): (Allowed | null)[] | null {
  const t = t3Of(report);
  if (!t) return null;
  const fresh = fromCell(total(t, 'new'), named('一、本年新收政府信息公开申请数量', 'I. New requests this year'));
  const carried = total(t, 'carry');
  // "收到75件" may count 本年新收 and 上年结转 together.
  const both = fresh && carried ? { ...fresh, value: fresh.value + carried.value } : null;
  return both ? [fresh, both] : [fresh];
}

function only(report: Report, row: string, zh: string, en: string): (Allowed | null)[] | null {
  const t = t3Of(report);
  return t ? [fromCell(total(t, row), named(zh, en))] : null;
}

const NONE_RECEIVED = /(?:未|没有|无)(?:收到|受理)[^。；;，,\n]{0,16}?申请/g;
/** "全部办结": not when the sentence itself says some were carried over ("除1件结转外，其余均已办结"). */
const ALL_DONE = /(?:全部|均已|均|都已)(?:按时|依法|按期|在法定期限内)?(?:予以)?办结/g;
const EXCEPT = /除[^。]*外|其余|结转(?:至|到)?下|转入下/;

export function checkRequests(ctx: RuleContext): void {
  const t3 = t3Of(ctx.report);
  if (!t3) return;
  checkClaims(ctx, CLAIMS);
  const fresh = total(t3, 'new');
  const carried = total(t3, 'carry');
  if (fresh && fresh.value + (carried?.value ?? 0) > 0) {
    for (const { at, end } of proseMatches(ctx.report, NONE_RECEIVED, ['收到', '受理'])) {
      ctx.add({
        range: { start: at, end },
        message: {
          zh: `正文称未收到申请，但表三本年新收总计为 ${fresh.value}`,
          en: `The text says no requests were received, but table 3 shows ${fresh.value}`,
        },
        related: [{ range: fresh.range, message: named('一、本年新收政府信息公开申请数量', 'I. New requests this year') }],
      });
    }
  }
  const next = total(t3, 'next');
  if (!next || next.value === 0) return;
  for (const pm of proseMatches(ctx.report, ALL_DONE, ['办结'])) {
    const s = sentenceOf(ctx.report, pm);
    if (!aboutRequests(s) || EXCEPT.test(s.text)) continue;
    ctx.add({
      range: { start: pm.at, end: pm.end },
      message: {
        zh: `正文称申请全部办结，但表三“四、结转下年度继续办理”总计为 ${next.value}`,
        en: `The text says every request was handled, but table 3 "carried over to next year" total is ${next.value}`,
      },
      related: [{ range: next.range, message: named('四、结转下年度继续办理', 'IV. Carried over to next year') }],
    });
  }
}
