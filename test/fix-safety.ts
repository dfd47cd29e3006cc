// What a safe fix promises, as one reusable assertion (the same checks as
// /work/shared/tools/fix-safety.js, on a text in memory): after fix-all every
// number that was there is still there, in order (joining "1 295" into "1295"
// is allowed); no digit was added to prose or to a table's header row; no
// error-severity finding appeared that was not there before; and a second
// fix-all changes nothing.

import assert from 'node:assert/strict';
import { lint, type LintSettings } from '../server/src/core/lint';
import { fixAll } from '../server/src/core/fix/fixAll';

const isHtml = (t: string) => /<td/i.test(t);

/** Lines as a reader sees them: in HTML, block ends and table rows end lines, cells are separated by " | ". */
export function readerLines(t: string): string[] {
  if (!isHtml(t)) return t.split(/\r\n|\r|\n/);
  return t
    .replace(/<\/(p|div|h\d|li|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<\/?(td|th|table)\b[^>]*>/gi, ' | ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .split('\n');
}

/** Numbers as a reader sees them: full-width digits folded, grouping dropped; in HTML as rendered ("<td>0<p>3</p></td>" reads 03). */
export function numbersOf(t: string): string[] {
  const rendered = isHtml(t)
    ? t
        .replace(/<\/?(td|th|tr|table|br|li|div)\b[^>]*>/gi, ' | ')
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, ' ')
    : t;
  return (
    rendered
      .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1')
      .match(/\d+(?:\.\d+)?/g) ?? []
  );
}

/** Every number of `a` is in `b`, in order; two or three neighbours may have been joined into one. */
function kept(a: string[], b: string[]): string | null {
  let j = 0;
  for (const x of b) {
    if (j >= a.length) break;
    if (x === a[j]) j++;
    else if (x === a[j] + (a[j + 1] ?? '\0')) j += 2;
    else if (x === a[j] + (a[j + 1] ?? '\0') + (a[j + 2] ?? '\0')) j += 3;
  }
  return j === a.length ? null : `number #${j + 1} (${a[j]}) was changed or removed`;
}

/** A sentence: 12+ Chinese characters, sentence punctuation and no cell separator. */
const isProse = (l: string) => (l.match(/[\u4e00-\u9fff]/g) ?? []).length >= 12 && /[，。；]/.test(l) && !/[|\t]/.test(l);

const HEADER_WORDS = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '法人或其他组织',
  '申请人情况',
  '结果维持',
  '结果纠正',
  '尚未审结',
  '未经复议直接起诉',
  '复议后起诉',
  '信息内容',
];
/** A table header row: two or more column header words. */
const isHeader = (l: string) => HEADER_WORDS.filter((w) => l.replace(/\s/g, '').includes(w)).length >= 2;

const digitsIn = (lines: string[], keep: (l: string) => boolean) => lines.filter(keep).reduce((n, l) => n + (l.match(/[0-9０-９]/g) ?? []).length, 0);

function errorCounts(text: string, settings: LintSettings): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of lint(text, settings).findings) if (f.severity === 'error') m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return m;
}

/** The problems of a fix-all result against its input (empty when the fix was safe). */
export function fixProblems(before: string, after: string, settings: LintSettings = {}): string[] {
  const out: string[] = [];
  const lost = kept(numbersOf(before), numbersOf(after));
  if (lost) out.push(lost);
  const lb = readerLines(before);
  const la = readerLines(after);
  if (digitsIn(la, isProse) > digitsIn(lb, isProse)) out.push('digits were added to prose');
  if (digitsIn(la, isHeader) > digitsIn(lb, isHeader)) out.push('digits were added to a header row');
  const eb = errorCounts(before, settings);
  for (const [rule, n] of errorCounts(after, settings)) if (n > (eb.get(rule) ?? 0)) out.push(`${n - (eb.get(rule) ?? 0)} new ${rule} error(s)`);
  if (fixAll(after, settings).text !== after) out.push('a second fix-all changed the text again');
  return out;
}

/** Runs fix-all and asserts it was safe (see above); returns the fixed text. */
export function assertFixAllSafe(text: string, settings: LintSettings = {}, what = 'draft'): string {
  const after = fixAll(text, settings).text;
  assert.deepEqual(fixProblems(text, after, settings), [], `fix-all on ${what} was not safe`);
  return after;
}
