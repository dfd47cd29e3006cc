// A web page copied as plain text (select all, copy, paste into a .txt): the
// report sits between the site's menus and its footer. The text stays one to
// one with the file, but the chrome's typography ("发布时间: ", "京ICP备
// 05012345号") is the site's, not the writer's: no finding points into it,
// while the report itself says what the bare report says.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseDraft, lintAll, render, type Gen, type Hit } from './rules/_helpers';
import { fixAll } from '../../server/src/core/fix/fixAll';

const GENS: Gen[] = ['2021', '2019'];
const said = (hs: Hit[]) => hs.map((h) => `${h.rule}: ${h.message.zh}`).sort();

const TOP = [
  '首页 | 政务公开 | 政府信息公开 | 互动交流',
  '当前位置：首页 > 政府信息公开 > 政府信息公开年报',
  '发布时间: 2023-01-20 10:12  来源: 办公室  浏览次数: 1,234',
  '【打印】 【关闭】',
  '分享到：微信 微博 QQ空间',
  '',
].join('\n');
const BOTTOM = [
  '',
  '上一篇：关于2022年度部门预算公开的说明',
  '下一篇：2022年第四季度政务公开工作情况',
  '【打印本页】【关闭窗口】',
  '主办单位：示例市人民政府办公室  承办：示例市大数据中心',
  '网站标识码：1234000012  京ICP备05012345号-1  京公网安备 11010502030123号',
  '联系电话: 010-12345678  地址: 示例市示例路1号  (推荐使用1920*1080分辨率)',
  '',
].join('\n');

test('a page copied as text: no finding in its menus or footer, the report reported as when bare', () => {
  for (const gen of GENS) {
    const bare = render(baseDraft(gen), 'pipe').text;
    const page = TOP + bare + BOTTOM;
    const { hits } = lintAll(page);
    const from = TOP.length;
    const to = TOP.length + bare.length;
    const outside = hits.filter((h) => h.range.start < from || h.range.start >= to);
    assert.deepEqual(outside, [], `${gen}: ${outside.map((h) => h.rule).join(', ')}`);
    assert.deepEqual(said(hits), said(lintAll(bare).hits), gen);
  }
});

test('the same chrome inside the last section is report text: its typography is reported', () => {
  const bare = render(baseDraft('2021'), 'pipe').text;
  const inside = bare.trimEnd() + '\n联系电话: 010-12345678。\n';
  const { hits } = lintAll(TOP + inside + BOTTOM);
  const at = TOP.length + inside.indexOf('联系电话:') + 4;
  assert.ok(
    hits.some((h) => h.rule === 'punctuation-halfwidth' && h.range.start === at),
    'the colon in the report is reported',
  );
});

test('fix-all leaves the chrome as it was', () => {
  const bare = render(baseDraft('2021'), 'pipe').text.replace('统计期限为', '统计期限为 ');
  const page = TOP + bare + BOTTOM;
  const fixed = fixAll(page).text;
  assert.ok(fixed.startsWith(TOP) && fixed.endsWith(BOTTOM), 'menus and footer untouched');
});
