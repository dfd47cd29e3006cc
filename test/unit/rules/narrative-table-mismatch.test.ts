import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, hits, lineOf, lineOfText, none, one, section, setT3, setT3Row, setT4, type Draft } from './_helpers';

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

// ---------------------------------------------------------------- table 三: every count (issue #10)

const handledAs = (s: string) => (d: Draft) => void (section(d, 3).body = [s]);
/** The base table: 一 4, 二 1, （一）3, （四）1 (in 1.), （七）4, 四 1. */
const CONSISTENT =
  '本年度共收到政府信息公开申请4件，上年结转1件。办结4件，其中予以公开3件、部分公开0件、不予公开0件、无法提供1件、不予处理0件、其他处理0件；1件结转下年度继续办理。';

test('valid: every count of table 三 stated as the table has it, both generations (（三）–（六）are group sums; 2019 （六）a row)', () => {
  for (const gen of ['2021', '2019'] as const) for (const layout of ['pipe', 'html'] as const) none(build({ gen, layout }, handledAs(CONSISTENT)).text, RULE);
});

test('"予以公开及部分公开5件" against （一）3 + （二）0: the sum of both is compared, related to the 予以公开 cell', () => {
  const b = build({}, handledAs('本年度办结申请4件，予以公开及部分公开5件。'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('body3'), ['正文称予以公开及部分公开 5 件', '为 3']);
  assert.equal(lineOf(b.text, h.related![0].range.start), b.line('t3.open.total'));
  assert.equal(h.fixes.length, 0);
});

test('"无法提供3件" against the （四）无法提供 group, whose numbered rows add up to 1', () => {
  for (const gen of ['2021', '2019'] as const) {
    const b = build({ gen }, handledAs('本年度办结申请4件，其中无法提供3件。'));
    expectHit(one(b.text, RULE), RULE, 'warning', b.line('body3'), ['正文称无法提供 3 件', '“（四）无法提供”总计为 1']);
  }
});

test('"不予公开2件": the group total of the eight numbered rows (silent when a numbered row holds the 2)', () => {
  const text = (d: Draft) => handledAs('本年度办结申请4件，其中不予公开2件。')(d);
  const a = build({}, text);
  expectHit(one(a.text, RULE), RULE, 'warning', a.line('body3'), ['正文称不予公开 2 件', '“（三）不予公开”总计为 0']);
  const b = build({}, (d) => (text(d), setT3(d, 'refused4', 'total', 2), setT3(d, 'refused4', 'natural', 2)));
  none(b.text, RULE);
});

test('"其他处理1件": 2021 sums （六）1–3; 2019 reads its （六）row', () => {
  for (const gen of ['2021', '2019'] as const) {
    const b = build({ gen }, handledAs('本年度办结申请4件，其他处理1件。'));
    expectHit(one(b.text, RULE), RULE, 'warning', b.line('body3'), ['正文称其他处理 1 件', '为 0']);
  }
});

test('a count before its category ("3件予以公开、1件不予处理") and "不予处理" against its group', () => {
  const b = build({}, handledAs('本年度办结申请4件，其中3件予以公开，1件不予处理。'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('body3'), ['正文称不予处理 1 件', '为 0']);
});

test('办结/答复 against （七）总计; 上年结转; 结转下年度 before and after its number; 本年新收', () => {
  const cases: [string, string][] = [
    ['本年度共收到政府信息公开申请4件，已办结5件。', '正文称办结 5 件，表三“（七）总计”总计列为 4'],
    ['本年度依法答复政府信息公开申请3件。', '正文称办结 3 件'],
    ['上年结转政府信息公开申请2件。', '正文称上年结转 2 件，表三“二、上年结转政府信息公开申请数量”总计为 1'],
    ['本年度收到申请4件，2件结转下年度继续办理。', '正文称结转下年度 2 件'],
    ['本年度收到申请4件，结转下年度办理的申请0件。', '正文称结转下年度 0 件'],
    ['本年新收政府信息公开申请6件。', '正文称新收申请 6 件'],
  ];
  for (const [s, zh] of cases) {
    const b = build({}, requests(s));
    expectHit(one(b.text, RULE), RULE, 'warning', lineOfText(b.text, s.slice(0, 6)), [zh]);
  }
});

test('"全部办结" while 结转下年度 is 1; silent when the sentence itself names what was carried over', () => {
  const b = build({}, requests('本年度共收到政府信息公开申请4件，上年结转1件，已全部办结。'));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', lineOfText(b.text, '全部办结'), ['正文称申请全部办结，但表三“四、结转下年度继续办理”总计为 1']);
  assert.equal(lineOf(b.text, h.related![0].range.start), b.line('t3.next.total'));
  none(build({}, requests('本年度共收到政府信息公开申请4件，除1件结转下年度继续办理外，其余均已办结。')).text, RULE);
});

test("silent: a count of one applicant type, a hotline's figures, a count with 余", () => {
  for (const s of [
    '本年度共收到政府信息公开申请4件，其中商业企业申请1件，予以公开1件。',
    '12345热线全年受理群众诉求348件，办结348件，办结率100%。',
    '本年度共收到政府信息公开申请4件，答复4余件。',
  ])
    none(build({}, requests(s)).text, RULE);
});

// ---------------------------------------------------------------- table 四

test('"行政复议2件" and "行政诉讼1件" against table 四 (review total 1, lawsuits 0)', () => {
  const b = build({}, reviews('本年度发生政府信息公开行政复议2件，行政诉讼1件。'));
  const found = hits(b.text, RULE).map((h) => h.message.zh);
  assert.deepEqual(found, ['正文称行政复议 2 件，表四“行政复议·总计”为 1', '正文称行政诉讼 1 件，表四行政诉讼两栏总计之和为 0']);
});

test('silent: "行政复议和行政诉讼案件共1件" counts both; a review caseload outside information disclosure', () => {
  none(build({}, reviews('本年度行政复议和行政诉讼案件共1件。')).text, RULE);
  none(build({}, requests('全年办理行政复议案件120件，行政诉讼案件35件。')).text, RULE);
});

test('"均获维持" while table 四 has 1 尚未审结: names the cell', () => {
  const b = build({}, (d) => (reviews('本年度发生政府信息公开行政复议1件，均获维持。')(d), setT4(d, 'reviewUpheld', 0), setT4(d, 'reviewPending', 1)));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('body4'), ['正文称均获维持，但表四“行政复议·尚未审结”为 1']);
  assert.equal(lineOf(b.text, h.related![0].range.start), b.line('t4.reviewPending'));
});

test('"均获维持" scoped by its clause: reviews upheld, the lawsuit pending is another clause', () => {
  const b = build({}, (d) => {
    reviews('本年度发生政府信息公开行政复议1件，均获维持；行政诉讼1件，尚未审结。')(d);
    setT4(d, 'directPending', 1);
    setT4(d, 'directTotal', 1);
  });
  none(b.text, RULE);
  const c = build({}, (d) => (reviews('本年度发生政府信息公开行政复议1件，全部维持。')(d), setT4(d, 'reviewUpheld', 0), setT4(d, 'reviewCorrected', 1)));
  expectHit(one(c.text, RULE), RULE, 'warning', c.line('body4'), ['表四“行政复议·结果纠正”为 1']);
});

// ---------------------------------------------------------------- table 二

const proactive = (s: string) => (d: Draft) => void (section(d, 2).body = [s]);

test('2021 template: 制发, 废止, 现行有效 and 收费金额 against table 二 (normative 2 / 1 / 10, fees 0)', () => {
  const cases: [string, string][] = [
    ['本年度制发行政规范性文件3件。', '正文称制发规范性文件 3 件，表二“规范性文件·本年制发件数”为 2'],
    ['本年度废止规范性文件2件。', '正文称废止规范性文件 2 件'],
    ['截至年底，本单位现行有效规章1件。', '正文称现行有效规章 1 件，表二“规章·现行有效件数”为 0'],
    ['本年度行政事业性收费12.5万元。', '正文称行政事业性收费 12.5 万元'],
  ];
  for (const [s, zh] of cases) {
    const b = build({}, proactive(s));
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'warning', b.line('body2'), [zh]);
    assert.ok(h.related && h.related.length === 1);
  }
});

test('2021 template, silent: the part a library counts (8 + 2 = 10), "其中", a plan, the figures as the table has them', () => {
  for (const s of [
    '集中发布现行有效行政规范性文件8件，动态更新本年度制发的规范性文件2件。',
    '本年度主动公开政府信息12条，其中制发规范性文件5件。',
    '经清理，拟废止规范性文件3件。',
    '本年度制发行政规范性文件2件，废止1件，现行有效行政规范性文件10件。',
  ])
    none(build({}, proactive(s)).text, RULE);
});

test('2019 template: 新制作, 新公开 and 对外公开总数 (normative 2 / 2 / 10); 2021 words are not compared', () => {
  const b = build({ gen: '2019' }, proactive('本年度新制作规范性文件3件。'));
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('body2'), ['正文称新制作规范性文件 3 件，表二“规范性文件·本年新制作数量”为 2']);
  const c = build({ gen: '2019' }, proactive('对外公开规范性文件总数12件。'));
  expectHit(one(c.text, RULE), RULE, 'warning', c.line('body2'), ['正文称对外公开规范性文件 12 件', '为 10']);
  for (const s of ['对外公开规范性文件总数10件，本年新公开规范性文件2件。', '本年度制发规范性文件3件。', '本年度对外公开规范性文件7件。'])
    none(build({ gen: '2019' }, proactive(s)).text, RULE);
});

test('a category\'s reply ("同意公开答复3件，部分公开答复0件，不予公开答复0件") is no count of handled requests', () => {
  const s = '所有办结的申请中同意公开答复3件，部分公开答复0件，不予公开答复0件，无法提供的1件，不予处理答复0件，其他处理0件。';
  for (const gen of ['2021', '2019'] as const) none(build({ gen }, handledAs(s)).text, RULE);
});
