// Section headings as real drafts write them: run into the previous table's
// digits or into their own body text (pages that lost their line breaks), with
// a typo, in other words, unnumbered, or behind a stray OCR character — in
// both template generations, as plain text, Markdown and one long line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fix/edits';
import type { Finding } from '../../server/src/core/types';
import { GENS, HEADINGS, MODES, build, linted, sectionIds, type Gen, type Mode } from './real-drafts';

const ALL = [1, 2, 3, 4, 5, 6];

/** Asserts the six sections, in order, and none reported missing. */
function sixSections(text: string, what: string) {
  const l = linted(text);
  assert.deepEqual(sectionIds(l.report), ALL, `${what}: sections`);
  assert.deepEqual(
    l.rules('section-missing').map((f) => f.message.zh),
    [],
    `${what}: no section-missing`,
  );
  return l;
}

/**
 * One section-title-variant, on the written title; its fix replaces exactly
 * the heading's own characters (the written title) with the canonical one, so
 * the fixed text is the draft with the canonical heading and nothing else lost.
 */
function variantFixesOnlyTheHeading(text: string, written: string, canonicalText: string, what: string) {
  const l = sixSections(text, what);
  const v = l.rules('section-title-variant');
  assert.equal(v.length, 1, `${what}: one variant, got ${JSON.stringify(v.map((f) => f.message.zh))}`);
  const f: Finding = v[0];
  assert.equal(text.slice(f.range.start, f.range.end), written, `${what}: the finding marks the written title`);
  assert.equal(f.fixes.length, 1);
  const [edit] = f.fixes[0].edits;
  assert.equal(text.slice(edit.start, edit.end), written, `${what}: the fix replaces the heading's characters only`);
  assert.equal(applyEdits(text, f.fixes[0].edits), canonicalText, `${what}: fixing gives the canonical draft`);
}

for (const gen of GENS) {
  for (const mode of MODES) {
    const what = `${gen} ${mode}`;

    test(`${what}: the six canonical headings are found, and nothing else is a section`, () => {
      const text = build(gen, mode);
      const l = sixSections(text, what);
      assert.deepEqual(l.rules('section-title-variant'), [], 'no variant');
      assert.deepEqual(l.rules('title-missing'), [], 'no title-missing');
      // Each title is the canonical wording: in one long line it ends where the wording does.
      assert.deepEqual(
        l.report.sections.map((s) => s.heading.title),
        HEADINGS.map((h) => h.slice(2)),
      );
      // Table 三's row labels (一、本年新收… 四、结转下年度…) are rows, never sections.
      for (const s of l.report.sections) assert.doesNotMatch(s.heading.title, /本年新收|上年结转|办理结果|结转下年度/);
    });

    test(`${what}: a typo in a heading that is there is a variant, not a missing section`, () => {
      const written = '政府信息公开行政法复议、行政诉讼情况';
      const text = build(gen, mode, (d) => void (d.sections[3].heading = `四、${written}`));
      variantFixesOnlyTheHeading(text, written, build(gen, mode), what);
    });

    test(`${what}: 一、总体工作情况 is section 一 in other words`, () => {
      const text = build(gen, mode, (d) => void (d.sections[0].heading = '一、总体工作情况'));
      variantFixesOnlyTheHeading(text, '总体工作情况', build(gen, mode), what);
    });
  }

  test(`${gen} one line: a heading run into the table's digits is found, its title ends at its wording`, () => {
    const text = build(gen, 'oneline');
    // The draft really runs them together: digits, then the ordinal.
    assert.match(text, gen === '2021' ? /5949\.0886三、收到和处理/ : /121\.25万元三、收到和处理/);
    assert.match(text, /0000000四、政府信息公开行政复议/);
    assert.match(text, /一、总体情况\d{4}年，在县委/);
    const l = sixSections(text, gen);
    const one = l.report.sections[0];
    assert.equal(text.slice(one.heading.titleRange.start, one.heading.titleRange.end), '总体情况');
    assert.equal(one.variant, false);
    assert.deepEqual(l.rules('section-title-variant'), []);
  });

  test(`${gen} one line: a variant run into its body text is fixed without touching the body`, () => {
    // "一、概述2019年，在县委…": the variant is 概述, not "概述2019年".
    const text = build(gen, 'oneline', (d) => void (d.sections[0].heading = '一、概述'));
    variantFixesOnlyTheHeading(text, '概述', build(gen, 'oneline'), gen);
  });

  for (const mode of ['text', 'markdown'] as Mode[]) {
    test(`${gen} ${mode}: an unnumbered 政府信息公开工作总体情况 on a line of its own is section 一`, () => {
      const text = build(gen, mode, (d) => void (d.sections[0].heading = '政府信息公开工作总体情况'));
      const l = sixSections(text, `${gen} ${mode}`);
      assert.equal(l.report.sections[0].heading.ordinal, null);
      assert.equal(l.report.sections[0].heading.title, '政府信息公开工作总体情况');
    });

    for (const stray of ['l', 'I', '1']) {
      test(`${gen} ${mode}: a stray OCR "${stray}" before the numeral (${stray}六、) does not hide the section`, () => {
        const text = build(gen, mode, (d) => void (d.sections[5].heading = `${stray}六、其他需要报告的事项`));
        const l = sixSections(text, `${gen} ${mode} ${stray}`);
        const six = l.report.sections[5].heading;
        assert.equal(six.ordinalText, '六、');
        assert.equal(text.slice(six.range.start, six.range.end), '六、其他需要报告的事项', 'the stray character is not part of the heading');
        assert.deepEqual(l.rules('section-title-variant'), []);
      });
    }
  }

  for (const mode of MODES) {
    test(`${gen} ${mode}: prose that mentions a section by name mid-sentence is not a heading`, () => {
      const mentions = [
        '具体数据详见本报告二、主动公开政府信息情况和三、收到和处理政府信息公开申请情况。',
        '有关复议诉讼的统计见“四、政府信息公开行政复议、行政诉讼情况”。',
        '主动公开政府信息情况良好，全年发布信息356条。',
      ];
      const text = build(gen, mode, (d) => d.sections[0].body.push(...mentions));
      const l = sixSections(text, `${gen} ${mode}`);
      assert.deepEqual(l.rules('section-duplicate'), []);
      assert.deepEqual(l.rules('section-order'), []);
      const two = l.report.sections[1].heading;
      assert.equal(text.slice(two.range.start, two.range.end), HEADINGS[1], 'section 二 is the heading, not the mention');
      assert.ok(two.range.start > text.indexOf(mentions[2]), 'the heading comes after the mentions');
    });
  }
}

test('a heading title stops at a colon or full stop, as before: 一、总体情况：', () => {
  const text = build('2021', 'text', (d) => void (d.sections[0].heading = '一、总体情况：'));
  const l = sixSections(text, 'colon');
  assert.deepEqual(l.rules('section-title-variant'), []);
});

test('a heading that is a whole line keeps its own extra words: 六、其他需要报告的事项说明 is a variant of the whole line', () => {
  const written = '其他需要报告的事项说明';
  const text = build('2019', 'text', (d) => void (d.sections[5].heading = `六、${written}`));
  variantFixesOnlyTheHeading(text, written, build('2019', 'text'), 'whole line');
});

test('the heading run into the title of a page that lost its line breaks is found; prose after 报告 is not', () => {
  const text = build('2021', 'oneline', (d) => (d.intro = []));
  assert.match(text, /年度报告一、总体情况/);
  sixSections(text, 'title run-in');
});

function expectSix(gen: Gen, mode: Mode) {
  return sixSections(build(gen, mode), `${gen} ${mode}`);
}

test('both generations are recognised as such in every rendering (the drafts are what they claim)', () => {
  for (const gen of GENS) for (const mode of ['text', 'markdown'] as Mode[]) assert.equal(expectSix(gen, mode).report.year, gen === '2021' ? 2022 : 2019);
});

test('a garbled last character (a surrogate pair) is a typo the title keeps whole, never split in half', () => {
  const written = '政府信息公开行政复议、行政诉讼情\u{10000}';
  for (const mode of ['text', 'oneline'] as Mode[]) {
    const text = build('2021', mode, (d) => void (d.sections[3].heading = `四、${written}`));
    const l = sixSections(text, mode);
    const h = l.report.sections[3].heading;
    const low = (o: number) => (text.charCodeAt(o) & 0xfc00) === 0xdc00;
    assert.ok(!low(h.titleRange.start) && !low(h.titleRange.end), `${mode}: the title range does not split the pair`);
    assert.equal(text.slice(h.titleRange.start, h.titleRange.end), written);
  }
});

test('a heading after a colon in running text ("报告如下：一、总体情况…", "浏览次数:一、…") is found', () => {
  for (const gen of GENS) {
    const text = build(gen, 'oneline', (d) => void (d.intro = ['发布日期:2022-01-24 09:20', '浏览次数:', '现将本办政府信息公开工作情况报告如下：']));
    assert.match(text, /如下：一、总体情况/);
    sixSections(text, gen);
    const colon = build(gen, 'oneline', (d) => void (d.intro = ['浏览次数:']));
    assert.match(colon, /浏览次数:一、总体情况/);
    sixSections(colon, `${gen} 浏览次数:`);
  }
});
