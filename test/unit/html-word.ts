// Reports as real saved web pages hold them: tables pasted from Word (every
// cell's text in <p class=MsoNormal><span style=…>, empty <o:p></o:p>, numbers
// padded with &nbsp; or split over spans, header words one character per <p>,
// rowspan/colspan group labels, table 三 split into two row groups, a
// border-less row of blanks after table 四), and pages of CMS chrome around the
// report. Built from the same drafts as the per-rule tests (rules/_helpers.ts),
// so the expected values are the draft's.

import { render, T3_COLS, type Draft } from './rules/_helpers';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const SPAN = `<span style="font-family:仿宋_GB2312;mso-bidi-font-family:&#39;Times New Roman&#39;;font-size:12.0000pt;\nmso-font-kerning:1.0000pt;">`;
const P = `<p class="MsoNormal" style="text-align:center;mso-pagination:widow-orphan;\nline-height:15.0000pt;">`;
const TD = (attrs: string) =>
  `<td width="52" valign="center"${attrs} style="width:39.0000pt;padding:0.0000pt 5.4000pt;\nborder-left:none;mso-border-left-alt:none;border-right:1.0000pt solid windowtext;">`;

/** A cell as Word writes it: the text in a paragraph and a span, an empty <o:p> after it. */
export function wordCell(inner: string, attrs = ''): string {
  return `${TD(attrs)}${P}${inner}<span lang="EN-US"><o:p></o:p></span></p></td>`;
}

/** A label, one span. */
const label = (t: string, attrs = '') => wordCell(`${SPAN}${esc(t)}</span>`, attrs);

/** A header word one character per paragraph, or broken by <br> ("结<p>果<br>纠<p>正"). */
function splitHeader(t: string, attrs = ''): string {
  const chars = [...t];
  const inner = chars.map((c, i) => (i % 2 === 1 && i < chars.length - 1 ? `${SPAN}${c}</span><br>` : `${P}${SPAN}${c}</span></p>`)).join('');
  return `${TD(attrs)}${inner}</td>`;
}

/**
 * A value in one of the ways Word pastes them, chosen by k: bare in the <td>;
 * in a span; padded with &nbsp; runs; after a <font>&nbsp;</font>; with its
 * digits split over spans (12 → <span>1</span><span>2</span>); on a new line
 * after <td>. A blank value is a paragraph holding only &nbsp;.
 */
export function wordValue(v: string, k: number, attrs = ''): string {
  if (v === '') return wordCell(`${SPAN}&nbsp;</span>`, attrs);
  switch (k % 6) {
    case 0:
      return `${TD(attrs)}${esc(v)}</td>`;
    case 1:
      return wordCell(`${SPAN}${esc(v)}</span>`, attrs);
    case 2:
      return wordCell(`${SPAN}&nbsp;${esc(v)}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>`, attrs);
    case 3:
      return wordCell(`<font face="仿宋_GB2312">&nbsp;</font>${SPAN}${esc(v)}</span>`, attrs);
    case 4:
      return wordCell([...v].map((c) => `${SPAN}${esc(c)}</span>`).join(''), attrs);
    default:
      return `${TD(attrs)}\n${P}${SPAN}${esc(v)}</span></p></td>`;
  }
}

const tr = (cells: string[]) => `<tr style="height:24.5000pt;">${cells.join('')}</tr>\n`;
const TABLE = '<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse;mso-table-layout-alt:fixed;">\n<tbody>';
const END = '</tbody></table>';

/** How values are written: style k (see wordValue) for the k-th value of a table; by default each in turn. */
export type Styles = (k: number) => number;
const inTurn: Styles = (k) => k;

/** Table 二 from the draft: block headers over four columns; a one-column block's header and value span three. */
export function wordT2(d: Draft, style: Styles = inTurn): string {
  let k = 0;
  const rows: string[] = [];
  for (const r of d.t2) {
    if (r.kind === 'block') rows.push(tr([label(r.cells[0], ' colspan="4"')]));
    else {
      const wide = r.cells.length === 2 ? ' colspan="3"' : '';
      if (r.kind === 'header') rows.push(tr([label(r.cells[0]), ...r.cells.slice(1).map((c) => label(c, wide))]));
      else rows.push(tr([label(r.cells[0]), ...r.cells.slice(1).map((c) => wordValue(c, style(k++), wide))]));
    }
  }
  return TABLE + rows.join('') + END;
}

/**
 * Table 三 from the draft, shaped like Word's: the note spans three columns
 * and three rows; level-1 rows span the three label columns; "三、本年度办理结果"
 * is a rowspan label, split (split = true) into two row groups at （四）, each
 * with its own copy of the label; sub-group labels span their rows, and
 * "（三）不予公开" is broken over two paragraphs.
 */
export function wordT3(d: Draft, split = true, style: Styles = inTurn): string {
  let k = 0;
  const rows: string[] = [];
  rows.push(
    tr([label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' rowspan="3" colspan="3"'), label('申请人情况', ' colspan="7"')]),
  );
  rows.push(tr([label('自然人', ' rowspan="2"'), label('法人或其他组织', ' colspan="5"'), label('总计', ' rowspan="2"')]));
  rows.push(tr(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => label(t))));
  const data = d.t3.filter((r) => r.values);
  const resultIds = data.filter((r) => r.level > 1).map((r) => r.id);
  const cut = split ? resultIds.indexOf('unable1') : resultIds.length;
  const groups = new Map(d.t3.filter((r) => !r.values && r.level === 2).map((g) => [g.id, g]));
  const under = (gid: string) => data.filter((r) => r.id.startsWith(gid === 'otherHandling' ? 'other' : gid) && r.level === 3).length;
  for (const r of data) {
    const cells: string[] = [];
    const i = resultIds.indexOf(r.id);
    if (i === 0 || (split && i === cut)) {
      const span = i === 0 ? cut : resultIds.length - cut;
      cells.push(label('三、本年度办理结果', ` rowspan="${span}"`));
    }
    if (r.level === 3) {
      const gid = [...groups.keys()].find((g) => r.id.startsWith(g === 'otherHandling' ? 'other' : g));
      if (gid && r.id.endsWith('1')) {
        const g = groups.get(gid)!;
        const text = gid === 'refused' ? `${P}${SPAN}（三）</span></p>${P}${SPAN}不予公开</span></p>` : `${SPAN}${esc(g.label)}</span>`;
        cells.push(`${TD(` rowspan="${under(gid)}"`)}${text}</td>`);
      }
      cells.push(label(r.label));
    } else cells.push(label(r.label, r.level === 1 ? ' colspan="3"' : ' colspan="2"'));
    r.values!.forEach((v) => cells.push(wordValue(v, style(k++))));
    rows.push(tr(cells));
  }
  return TABLE + rows.join('') + END;
}

/** Table 四: group headers over five columns, header words one character per paragraph, a border-less row of blanks after the values. */
export function wordT4(d: Draft, style: Styles = inTurn): string {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const rows = [
    tr([label('行政复议', ' colspan="5"'), label('行政诉讼', ' colspan="10"')]),
    tr([...five.map((t) => splitHeader(t, ' rowspan="2"')), label('未经复议直接起诉', ' colspan="5"'), label('复议后起诉', ' colspan="5"')]),
    tr([...five, ...five].map((t) => splitHeader(t))),
    tr(d.t4.map((v, i) => wordValue(v, style(i)))),
    tr(d.t4.map(() => `<td style="border:none;mso-border-top-alt:0.5000pt solid windowtext;">${P}${SPAN}&nbsp;</span></p></td>`)),
  ];
  return TABLE + rows.join('') + END;
}

/** The draft as a Word-pasted HTML report: the per-rule tests' HTML with its three tables as Word writes them. */
export function wordReport(d: Draft, opts: { split?: boolean; style?: Styles } = {}): string {
  const tables = [wordT2(d, opts.style), wordT3(d, opts.split ?? true, opts.style), wordT4(d, opts.style)];
  let i = 0;
  return render(d, 'html').text.replace(/<table>[\s\S]*?<\/table>/g, () => tables[i++]);
}

/** The body of a rendered report: what a CMS pastes into its article container. */
export function articleBody(html: string): string {
  return html.replace(/^<html><body>\n?/, '').replace(/<\/body><\/html>\n?$/, '');
}

export interface Chrome {
  /** The CMS's own article heading (outside the article container). */
  cmsTitle: string | null;
  /** An archiver's header line at the top of the page. */
  archived: string | null;
  /** The report sits in an article container (else the page is flat: chrome and report are siblings). */
  container: boolean;
}

/**
 * A saved CMS page around an article body. The chrome carries bait that rules
 * would report if it were linted: half-width commas between Chinese words,
 * numbers with spaces around them, other years' report titles, a section-like
 * heading in a script.
 */
export function cmsPage(body: string, c: Chrome): string {
  const head = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${c.cmsTitle ?? '政府信息公开年报'}_政府信息公开年报_示例市人民政府</title>
<script>var nav = "一、总体情况"; if (a < b && c > d) { go(); }</script><style>p { margin: 0 }</style></head>\n<body>`;
  const archived = c.archived ? `<div class="archive">标题: ${c.archived} 原文链接: https://www.example.gov.cn/zwgk/ndbg/t1.html</div>\n` : '';
  const nav = `<div class="top"><a>国务院</a> <a>省政府</a> <a>移动版</a></div>
<div class="nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>解读回应</a></li><li><a>办事服务</a></li><li><a>互动交流</a></li></ul></div>
<div class="crumb">当前位置： <a>首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开年报</a></div>\n`;
  const title = c.cmsTitle ? `<div class="article_title"><h1>${c.cmsTitle}</h1></div>\n` : '';
  const meta = `<div class="article_extend"><span>来源：示例市司法局</span> <span>时间：2022-01-20 15:22</span> <span>浏览次数： 1 2 3</span></div>
<div class="share"><a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div><a>全真版</a></div><div><a>文字版</a></div><div>文件下载</div><div>相关链接：</div>\n`;
  const article = c.container ? `<div class="article_content"><div class="TRS_Editor">\n${body}</div></div>\n` : body;
  const tail = `<div class="attachment">附件下载</div><div>扫一扫在手机上查看当前页面</div><div>【打印】 【关闭】</div>
<div class="pages"><p>上一篇：示例市司法局2020年政府信息公开工作年度报告</p><p>下一篇：示例市司法局2022年政府信息公开工作年度报告</p></div>
<div class="links"><p>相关链接</p><ul><li>示例市2019年政府信息公开工作年度报告</li><li>省政府网站,市政府网站</li><li>共 3 个网站</li></ul></div>
<div class="footer"><p>版权所有：示例市人民政府,主办单位：示例市人民政府办公厅</p><p>网站标识码：3590000001 备案号：闽ICP备09032658号</p></div>
<script>window.stat = "上一篇, 下一篇";</script></body></html>\n`;
  return head + archived + nav + title + meta + article + tail;
}

export { T3_COLS };
