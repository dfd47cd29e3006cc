// Titles as real drafts write them: the year before the body, wrapped over two
// lines, after a web page's chrome, run into the text of a page that lost its
// line breaks — and sentences about the report that are not its title.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENS, MODES, build, linted, sectionIds, type Mode } from './real-drafts';

/** The title found, its year, and no title-missing. */
function titled(text: string, expected: string, year: number, what: string) {
  const l = linted(text);
  assert.deepEqual(
    l.rules('title-missing').map((f) => f.message.zh),
    [],
    `${what}: no title-missing`,
  );
  assert.ok(l.report.title, `${what}: a title`);
  assert.equal(l.report.title.text, expected, `${what}: the title`);
  assert.equal(l.report.year, year, `${what}: the year`);
  assert.deepEqual(sectionIds(l.report), [1, 2, 3, 4, 5, 6], `${what}: sections`);
  return l;
}

const BODY_AFTER_YEAR = { '2021': '2022年度某某区人民政府办公室政府信息公开工作年度报告', '2019': '2019年上海市人民政府办公厅政府信息公开工作年度报告' };

for (const gen of GENS) {
  const year = gen === '2021' ? 2022 : 2019;
  for (const mode of MODES) {
    const what = `${gen} ${mode}`;

    test(`${what}: the year before the body ("${BODY_AFTER_YEAR[gen]}") names the body`, () => {
      const title = BODY_AFTER_YEAR[gen];
      titled(
        build(gen, mode, (d) => void (d.title = [title])),
        title,
        year,
        what,
      );
    });

    test(`${what}: a preamble sentence that mentions 年度报告 is not the title`, () => {
      const sentence = `根据《条例》要求，现公布${year}年度政府信息公开工作年度报告。`;
      const text = build(gen, mode, (d) => void d.intro.unshift(sentence));
      const l = titled(text, `某某县人民政府办公室${year}年政府信息公开工作年度报告`, year, what);
      assert.ok(l.report.title!.range.end <= text.indexOf('根据'), 'the title ends before the sentence');
    });

    test(`${what}: with no title, a preamble sentence does not stand in for one`, () => {
      const text = build(gen, mode, (d) => {
        d.title = [];
        d.intro.unshift(`根据《条例》要求，现公布${year}年度政府信息公开工作年度报告。`, `现将本办${year}年度政府信息公开工作年度报告公布如下`);
      });
      const l = linted(text);
      assert.equal(l.report.title, null);
      assert.equal(l.rules('title-missing').length, 1);
      assert.match(l.rules('title-missing')[0].message.zh, /缺少标题/);
    });
  }

  for (const mode of ['text', 'markdown'] as Mode[]) {
    const what = `${gen} ${mode}`;

    test(`${what}: a title wrapped over two lines is one title`, () => {
      const text = build(gen, mode, (d) => void (d.title = [`某某县人民政府办公室${year}年政府信息公开`, '工作年度报告']));
      const l = titled(text, `某某县人民政府办公室${year}年政府信息公开工作年度报告`, year, what);
      const r = l.report.title!.range;
      assert.equal(r.start, text.indexOf('某某县'));
      assert.equal(r.end, text.indexOf('工作年度报告') + '工作年度报告'.length, 'the range covers both lines');
    });

    test(`${what}: the body on a line of its own above the rest of the title`, () => {
      const text = build(gen, mode, (d) => void (d.title = ['某某县人民政府办公室', `${year}年政府信息公开工作年度报告`]));
      titled(text, `某某县人民政府办公室${year}年政府信息公开工作年度报告`, year, what);
    });

    test(`${what}: web page chrome before the title (menus, breadcrumbs, 发布时间, 来源, 字体：大 中 小)`, () => {
      const title = `某某县人民政府办公室${year}年政府信息公开工作年度报告`;
      const chrome = [
        ...[
          '首页',
          '政务公开',
          '政务服务',
          '互动交流',
          '走进某某',
          '政府信息公开',
          '政府信息公开指南',
          '政府信息公开制度',
          '法定主动公开内容',
          '政府信息公开年报',
        ].flatMap((m) => [m, '']),
        `首页 > 政务公开 > 政府信息公开年报 > ${title}`,
        `发布时间：${year + 1}-01-24 10:30`,
        '来源：某某县人民政府办公室',
        '字体：大 中 小',
        '分享到：微信 微博 QQ空间',
        '打印本页 关闭窗口',
      ];
      const text = build(gen, mode, (d) => void (d.chrome = chrome));
      const l = titled(text, title, year, what);
      assert.equal(l.report.title!.range.start, text.lastIndexOf(title), 'the title line, not the breadcrumb that repeats it');
    });
  }

  test(`${gen} one line: the title run into the preamble and the first heading`, () => {
    const text = build(gen, 'oneline');
    assert.match(text, /年度报告本报告根据/);
    titled(text, `某某县人民政府办公室${year}年政府信息公开工作年度报告`, year, `${gen} one line`);
  });
}

test('chrome before the title in an HTML page', () => {
  const title = '某某县人民政府办公室2022年政府信息公开工作年度报告';
  const menu = [
    '首页',
    '政务公开',
    '政务服务',
    '互动交流',
    '走进某某',
    '政府信息公开',
    '政府信息公开指南',
    '政府信息公开制度',
    '法定主动公开内容',
    '政府信息公开年报',
  ];
  const more = ['国务院', '省政府', '市政府', '移动版', '无障碍浏览', '长者模式', '登录', '注册'];
  const lines = build('2021', 'text')
    .split('\n')
    .filter((x) => x.trim() !== '');
  const html = [
    '<html><head><title>某某县人民政府</title></head><body>',
    `<div class="top">${more.map((m) => `<div><a href="#">${m}</a></div>`).join('\n')}</div>`,
    `<ul>${menu.map((m) => `<li><a href="#">${m}</a></li>`).join('\n')}</ul>`,
    `<div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>`,
    '<div class="info"><span>发布时间：2022-01-24</span> <span>来源：某某县人民政府办公室</span></div>',
    '<div class="font">字体：<a>大</a> <a>中</a> <a>小</a></div>',
    ...lines.map((x) => `<p>${x.replace(/\t/g, ' ')}</p>`),
    '</body></html>',
  ].join('\n');
  const l = linted(html);
  assert.deepEqual(l.rules('title-missing'), []);
  assert.equal(l.report.title?.text, title);
});

test('still missing: a title that names no body, and a menu word above it is not a body', () => {
  for (const title of [['2022年政府信息公开工作年度报告'], ['2022年度政府信息公开工作年度报告'], ['政务公开', '2022年政府信息公开工作年度报告']]) {
    const l = linted(build('2021', 'text', (d) => void (d.title = title)));
    const hits = l.rules('title-missing');
    assert.equal(hits.length, 1, title.join('/'));
    assert.match(hits[0].message.zh, /标题缺少机关名称/);
  }
});

test('still missing: no title at all', () => {
  const l = linted(build('2019', 'markdown', (d) => void (d.title = [])));
  assert.equal(l.rules('title-missing').length, 1);
  assert.match(l.rules('title-missing')[0].message.zh, /缺少标题/);
});
