// Whether a stretch of text mentions a table's labels (so a table is there,
// even when it could not be read cell by cell).

import type { Range } from '../../types';
import type { TableKind } from '../../template/tables';
import { labelKey } from '../../text/normalize';

const LABELS: Record<TableKind, string[]> = {
  t2: ['第二十条第(一)项', '信息内容', '行政许可', '行政处罚'],
  t3: ['本年新收', '上年结转', '予以公开', '结转下年度'],
  t4: ['结果维持', '结果纠正', '尚未审结', '未经复议直接起诉', '复议后起诉'],
};

export function hasTableLabels(text: string, range: Range, kind: TableKind): boolean {
  const body = labelKey(text.slice(range.start, Math.min(range.end, range.start + 200_000)));
  return LABELS[kind].filter((l) => body.includes(l)).length >= 2;
}
