// A report inside a saved CMS page is found and linted alone: menus, <title>,
// breadcrumbs, the CMS's article heading, "来源：… 时间：…", share buttons,
// 上一篇/下一篇, related links, the footer and an archiver's header are never
// linted, and the report's title is found wherever the page puts it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseDraft, lintAll, render, type Gen, type Hit } from './rules/_helpers';
import { articleBody, cmsPage, wordReport, type Chrome } from './html-word';
import { lint } from '../../server/src/core/lint';
import { htmlSource } from '../../server/src/core/text/html';

const GENS: Gen[] = ['2021', '2019'];

/** What a finding says, wherever it is. */
const said = (hs: Hit[]) => hs.map((h) => `${h.rule}: ${h.message.zh}`).sort();

/** The page's findings and the part of the page that is the report: from its title (wherever the page puts it) to the body's end. */
function lintPage(page: string, body: string, titles: string[]) {
  const { result, hits } = lintAll(page);
  const at = page.indexOf(body.slice(0, 40));
  assert.ok(at > 0, 'the body is in the page');
  const from = Math.min(at, ...titles.map((t) => page.lastIndexOf(t, at)).filter((i) => i >= 0));
  return { result, hits, from, to: at + body.length };
}

const VARIANTS: { what: string; chrome: Chrome; bodyTitle: 'own' | 'wrapped' | 'none' }[] = [
  { what: 'article container, title only in the CMS heading', chrome: { cmsTitle: 'CMS', archived: null, container: true }, bodyTitle: 'none' },
  {
    what: 'article container, CMS heading and the report title wrapped over two paragraphs',
    chrome: { cmsTitle: 'CMS', archived: null, container: true },
    bodyTitle: 'wrapped',
  },
  { what: 'flat page (no container), the report with its own title', chrome: { cmsTitle: 'CMS', archived: null, container: false }, bodyTitle: 'own' },
  { what: 'flat page, title only in the CMS heading', chrome: { cmsTitle: 'CMS', archived: null, container: false }, bodyTitle: 'none' },
  { what: "archiver's header as the only title", chrome: { cmsTitle: null, archived: 'ARCHIVE', container: true }, bodyTitle: 'none' },
];

test('a report inside a CMS page: the same findings as the bare report, none in the chrome, the title found', () => {
  for (const gen of GENS) {
    for (const v of VARIANTS) {
      const d = baseDraft(gen);
      const title = d.title!;
      const bare = render(d, 'html').text;
      if (v.bodyTitle === 'none') d.title = null;
      let body = articleBody(render(d, 'html').text);
      if (v.bodyTitle === 'wrapped') {
        const at = title.indexOf('年') + 1;
        body = body.replace(`<p>${title}</p>`, `<p><span>${title.slice(0, at)}</span></p>\n<p><br/></p><p><span>${title.slice(at)}</span></p>`);
      }
      const chrome: Chrome = { ...v.chrome, cmsTitle: v.chrome.cmsTitle && title.replace('年政府', '年度政府'), archived: v.chrome.archived && title };
      const page = cmsPage(body, chrome);
      const what = `${gen}, ${v.what}`;
      const { result, hits, from, to } = lintPage(
        page,
        body,
        [chrome.cmsTitle, chrome.archived].filter((t): t is string => !!t),
      );
      const expected = lintAll(bare).hits;
      assert.deepEqual(said(hits), said(expected), `${what}: the findings of the bare report`);
      for (const h of hits) assert.ok(h.range.start >= from && h.range.end <= to, `${what}: ${h.rule} at ${h.range.start} lies in the report`);
      const found = result.report.title;
      assert.ok(found, `${what}: title found`);
      assert.equal(found.year, d.year, what);
      assert.match(found.text, /^示例市司法局\d{4}年度?政府信息公开工作年度报告$/, what);
    }
  }
});

test('the chrome holds bait: its visible text, linted as a report, is reported', () => {
  // Control for the test above: what the page shows around the report would give findings if it were read.
  const d = baseDraft('2021');
  const chrome = htmlSource(cmsPage('<p>（正文）</p>', { cmsTitle: d.title, archived: d.title, container: true })).text;
  const rules = new Set(lint(chrome, { force: true }).findings.map((f) => f.rule));
  assert.ok(rules.has('punctuation-halfwidth') && rules.has('number-space'), [...rules].join(', '));
});

test('Word tables inside a CMS page: read, and the page says what the bare report says', () => {
  for (const gen of GENS) {
    const d = baseDraft(gen);
    const bare = wordReport(d);
    const page = cmsPage(articleBody(bare), { cmsTitle: d.title, archived: null, container: true });
    assert.deepEqual(said(lintAll(page).hits), said(lintAll(bare).hits), gen);
    assert.deepEqual(said(lintAll(page).hits), [], `${gen}: a clean report`);
  }
});

test('a page without report structure is read whole, as before', () => {
  const page = '<html><body><div>首页</div><p>示例市司法局2021年政府信息公开工作年度报告</p><p>本页面正在建设中,敬请期待。</p></body></html>';
  const doc = lint(page);
  assert.ok(doc.source.text.includes('首页'), 'nothing cut without sections to anchor on');
});

test('the report ends with its last section: 上一篇/下一篇 and related report titles after it are not a second report', () => {
  const d = baseDraft('2021');
  const page = cmsPage(articleBody(render(d, 'html').text), { cmsTitle: null, archived: null, container: false });
  const doc = lint(page);
  assert.equal(doc.parts.length, 1);
  assert.ok(!doc.source.text.includes('上一篇'), 'the pager is not read');
  assert.ok(!doc.source.text.includes('版权所有'), 'the footer is not read');
  assert.ok(!doc.source.text.includes('当前位置'), 'the breadcrumbs are not read');
  assert.ok(doc.source.text.trimEnd().endsWith('2022年1月20日'), 'the report ends with its signature');
});

test("links to other years' reports are not the title: a list of titles, or one after 上一篇：", () => {
  for (const gen of GENS) {
    const d = baseDraft(gen);
    const title = d.title!;
    d.title = null;
    const body = articleBody(render(d, 'html').text);
    const list = `<ul class="side"><li>示例市司法局2018年政府信息公开工作年度报告</li><li>示例市司法局2017年政府信息公开工作年度报告</li></ul><p>上一篇：示例市司法局2016年政府信息公开工作年度报告</p>`;
    const page = cmsPage(body, { cmsTitle: title, archived: null, container: true }).replace(
      '<div class="article_extend">',
      `${list}<div class="article_extend">`,
    );
    const found = lint(page).report.title;
    assert.equal(found?.text, title, gen);
  }
});

test('a line of the last section that starts like a button ("关闭…") is report text, not the page footer', () => {
  const d = baseDraft('2021');
  d.sections[5].body.push('关闭政府网站1个，整合政务新媒体2个。');
  const doc = lint(cmsPage(articleBody(render(d, 'html').text), { cmsTitle: null, archived: null, container: false }));
  assert.ok(doc.source.text.includes('关闭政府网站1个'), 'kept');
  assert.ok(doc.source.text.trimEnd().endsWith('2022年1月20日'));
});
