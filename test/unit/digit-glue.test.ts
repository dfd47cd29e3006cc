// Whether an edit glues the digits it writes onto a number already there
// (core/text/digitGlue.ts) — the check behind "a fix never writes next to a digit".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gluesDigits } from '../../server/src/core/text/digitGlue';

const at = (text: string, marker: string, ins: string, del = 0) => {
  const i = text.indexOf(marker);
  assert.ok(i >= 0);
  return { start: i, end: i + del, text: ins };
};

test('HTML: a 0 before the <p> that holds 148 is glued to it; inside an empty <p> it is not', () => {
  const full = '<tr><td>a</td><td>@<p><span>148</span></p></td></tr>';
  assert.equal(gluesDigits(full.replace('@', ''), at(full, '@', '0'), true), true);
  const empty = '<tr><td>5</td><td><p>@</p></td><td>7</td></tr>';
  assert.equal(gluesDigits(empty.replace('@', ''), at(empty, '@', '0'), true), false, 'cell boundaries separate');
  const nbsp = '<td>3&nbsp;@</td>';
  assert.equal(gluesDigits(nbsp.replace('@', ''), at(nbsp, '@', '0'), true), false, '&nbsp; is a space');
});

test('plain text: next to a digit, or into a run of space-separated numbers', () => {
  assert.equal(gluesDigits('共5人', { start: 2, end: 2, text: '0' }), true);
  assert.equal(gluesDigits('| 5 | | 7 |', { start: 4, end: 5, text: ' 0 ' }), false);
  assert.equal(gluesDigits('（一）予以公开 2 1 0', { start: 10, end: 10, text: '0 ' }), true);
  assert.equal(gluesDigits('上年结转申请2件。', { start: 9, end: 9, text: ' 0 0 0' }), false, 'no digit adjacent (prose is safeWrite’s concern)');
  assert.equal(gluesDigits('（一）予以公开 - 1 0', { start: 8, end: 9, text: '0' }), false, 'a placeholder replaced in place');
});

test('replacing digits that were already together glues nothing new; text without digits never glues', () => {
  assert.equal(gluesDigits('２０21年', { start: 0, end: 2, text: '20' }), false);
  assert.equal(gluesDigits('5件', { start: 1, end: 1, text: '，' }), false);
});
