import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, lineOf, lineOfText, none, one, section, setT3Row, setT4, type Draft } from './_helpers';

const RULE = 'narrative-table-mismatch';
const requests = (s: string) => (d: Draft) => void (section(d, 1).body[2] = `（二）依申请公开。${s}`);
const reviews = (s: string) => (d: Draft) => void (section(d, 4).body = [s]);

test('valid: "共收到…申请4件" matches 一、本年新收 总计 4, in every layout and both generations', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

test('valid: a count that includes the carried-over requests (一 + 二 = 5)', () => {
  none(build({}, requests('本年度共收到政府信息公开申请5件（含上年结转1件）。')).text, RULE);
});

test('"共收到…申请7件" against a table total of 4: warning on the sentence, related to the cell', () => {
  const b = build({}, requests('本年度共收到政府信息公开申请7件，均已按时答复。'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', lineOfText(b.text, '共收到'), ['正文称收到申请 7 件', '总计为 4']);
  assert.equal(lineOf(b.text, h.related![0].range.start), b.line('t3.new.total'));
  assert.equal(h.fixes.length, 0);
});

test('"未收到…申请" against a non-zero table (cell-per-line draft)', () => {
  const b = build({ layout: 'cell-per-line' }, requests('本年度未收到政府信息公开申请。'));
  expectHit(one(b.text, RULE), RULE, 'warning', lineOfText(b.text, '未收到'), ['正文称未收到申请，但表三本年新收总计为 4']);
});

test('valid: "未收到…申请" with an all-zero table', () => {
  const zero = [0, 0, 0, 0, 0, 0, 0];
  none(
    build(
      {},
      (d) => (requests('本年度未收到政府信息公开申请。')(d), ['new', 'carry', 'open', 'unable1', 'resultTotal', 'next'].forEach((id) => setT3Row(d, id, zero))),
    ).text,
    RULE,
  );
});

test('review "正在进行" in the prose while table 四 has 尚未审结 0 (seed 004)', () => {
  const b = build({ layout: 'cell-pipe' }, reviews('本年度有1件行政复议正在进行。'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('body4'), ['正文称行政复议尚在进行', '尚未审结”为 0']);
  assert.equal(lineOf(b.text, h.related![0].range.start), b.line('t4.reviewPending'));
});

test('valid: review pending in prose and in table 四', () => {
  none(build({}, (d) => (reviews('本年度有1件行政复议正在进行。')(d), setT4(d, 'reviewUpheld', 0), setT4(d, 'reviewPending', 1))).text, RULE);
});

test('"未发生…行政复议" while table 四 counts one', () => {
  const b = build({ layout: 'tab' }, reviews('本年度未发生政府信息公开行政复议、行政诉讼案件。'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('body4'), ['正文称没有行政复议，但表四行政复议总计为 1']);
});

test('valid: "未发生…被行政复议纠错" denies a correction, not the reviews table 四 counts', () => {
  for (const words of ['全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。', '本年度没有被行政复议撤销的答复。']) {
    none(build({ layout: 'tab' }, reviews(words)).text, RULE);
  }
});

test('HTML draft: "共收到…申请7件" in the overview', () => {
  const b = build({ layout: 'html' }, requests('本年度共收到政府信息公开申请7件。'));
  expectHit(one(b.text, RULE), RULE, 'warning', lineOfText(b.text, '共收到'), ['正文称收到申请 7 件']);
});

test('HTML draft: prose after the first table is checked too ("正在进行" in section 四)', () => {
  const b = build({ layout: 'html' }, reviews('本年度有1件行政复议正在进行。'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('body4'), ['正文称行政复议尚在进行']);
});
