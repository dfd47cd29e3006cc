import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { namesReport, reportBody, titleStretches, yearFactsOf } from '../../server/src/core/model/yearFacts';
import { LAYOUTS, build, setT3 } from './rules/_helpers';
import { factsOf } from './rules/_previous';
import { LineIndex } from '../../server/src/core/text/lines';

test('the body is the title without its year, the report words, spaces and punctuation', () => {
  assert.equal(reportBody('平潭综合实验区2020年度政府信息公开工作年度报告'), '平潭综合实验区');
  assert.equal(reportBody('平潭综合实验区 2021 年政府信息公开工作年度报告'), '平潭综合实验区');
  assert.equal(reportBody('示例市司法局二〇二一年政府信息公开年度报告'), '示例市司法局');
  assert.equal(reportBody('《示例县人民政府》２０２２年度政府信息公开工作年度报告'), '示例县人民政府');
  assert.equal(reportBody('2021年政府信息公开工作年度报告'), '', 'a title that names no body');
});

test('facts of a draft in every layout: body, year, generation, carry-in/out and table 二, with positions of the cells', () => {
  for (const layout of LAYOUTS) {
    const b = build({ layout });
    const [f] = factsOf(b.text, 'x.txt');
    assert.ok(f, layout);
    assert.equal(f.body, '示例市司法局');
    assert.equal(f.year, 2021);
    assert.equal(f.generation, '2021');
    assert.equal(f.name, 'x.txt');
    assert.equal(f.carryIn.total.value, 1, layout);
    assert.equal(f.carryOut.natural.value, 1, layout);
    assert.equal(f.t2['normative.valid'].value, 10, layout);
    assert.equal(f.t2['normative.issued'].value, 2, layout);
    const lines = new LineIndex(b.text);
    assert.deepEqual(lines.position(f.t2['normative.valid'].start), { line: f.t2['normative.valid'].line, character: f.t2['normative.valid'].character });
    assert.equal(lines.lineAt(f.carryIn.total.start) + 1, b.line('t3.carry.total'), layout);
  }
});

test('2019 template facts: 新制作 / 新公开 / 对外公开总数量', () => {
  const [f] = factsOf(build({ gen: '2019' }).text);
  assert.equal(f.generation, '2019');
  assert.equal(f.t2['normative.totalPublic'].value, 10);
  assert.equal(f.t2['normative.published'].value, 2);
  assert.equal(f.t2['normative.valid'], undefined);
});

test('a cell that is not a number is no fact; a report with no body in its title has none', () => {
  const [f] = factsOf(build({}, (d) => setT3(d, 'carry', 'natural', '')).text);
  assert.equal(f.carryIn.natural, undefined);
  assert.equal(f.carryIn.total.value, 1);
  assert.deepEqual(factsOf(build({}, (d) => (d.title = '2021年政府信息公开工作年度报告')).text), []);
});

test('facts are plain JSON (they cross worker threads and the language server)', () => {
  const [f] = factsOf(build({ layout: 'html' }).text);
  assert.deepEqual(JSON.parse(JSON.stringify(f)), f);
  const report = lint(build({}).text).parts[0].report!;
  assert.equal(yearFactsOf(report), yearFactsOf(report), 'memoised per report');
});

test('a cheap look before parsing a neighbour: a title naming the body and last year, wrapped, spaced or in a merged file', () => {
  const body = reportBody('平潭综合实验区2020年政府信息公开工作年度报告');
  assert.ok(namesReport(titleStretches('标题：平潭综合实验区 2020 年政府信息公开工作年度报告\n一、总体情况'), body, 2020));
  assert.ok(namesReport(titleStretches('2020 年平潭综合实验区政府信息公开\n工作年度报告'), body, 2020), 'year first, wrapped');
  const merged = ['示例市司法局2020年政府信息公开工作年度报告', '正文', '平潭综合实验区2020年度政府信息公开工作年度报告', '正文'].join('\n');
  assert.ok(namesReport(titleStretches(merged), body, 2020), 'the second report of a merged file');
  assert.equal(namesReport(titleStretches('示例市司法局2020年政府信息公开工作年度报告'), body, 2020), false, 'another body');
  assert.equal(namesReport(titleStretches('平潭综合实验区2021年政府信息公开工作年度报告\n2020年，我区…'), body, 2020), false, 'another year');
  assert.equal(namesReport(titleStretches('平潭综合实验区2020年政府信息公开工作年度报告'), '', 2020), false, 'no body: nothing to compare');
});
