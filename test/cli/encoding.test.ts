// In-process checks of the pieces under the CLI: encoding detection and
// round trips, line/column computation, and the finding → diagnostic mapping.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { decode, encode } from '../../server/src/cli/encoding';
import { LineIndex } from '../../server/src/cli/positions';
import { toDiagnostics } from '../../server/src/cli/lint-file';
import type { Finding } from '../../server/src/core/types';
import { seedText } from './helpers';

const SAMPLE = '阿拉善盟２０２１年度报告\r\n一、总体情况\n〔2019〕28号，信息处理费；𠀀€—…“”\r最后一行';

test('each supported encoding is detected and round-trips byte for byte', () => {
  const cases: [string, Buffer][] = [
    ['utf-8', Buffer.from(SAMPLE, 'utf8')],
    ['utf-8 bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE, 'utf16le').swap16()])],
    ['gb18030', iconv.encode(SAMPLE, 'gb18030')],
    ['gbk seed', iconv.encode(seedText('004'), 'gbk')],
  ];
  for (const [name, bytes] of cases) {
    const d = decode(bytes);
    assert.ok(d.ok, name);
    assert.ok(!d.text.startsWith('\ufeff'), `${name}: BOM stripped`);
    assert.ok(d.info.exact, name);
    assert.ok(encode(d.text, d.info).equals(bytes), `${name}: re-encodes to the same bytes`);
  }
  const gb = decode(iconv.encode(SAMPLE, 'gb18030'));
  assert.ok(gb.ok && gb.info.encoding === 'gb18030' && gb.text === SAMPLE);
});

test('a second U+FEFF after the BOM is content, not stripped', () => {
  const bytes = Buffer.from('\ufeff\ufeff正文', 'utf8');
  const d = decode(bytes);
  assert.ok(d.ok && d.info.bom && d.text === '\ufeff正文');
  assert.ok(encode(d.text, d.info).equals(bytes));
});

test('binary and undecodable input is refused', () => {
  const refused: [string, number[]][] = [
    ['NUL bytes', [0x61, 0x00, 0x62]],
    ['PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]],
    ['invalid after UTF-8 BOM', [0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]],
    ['odd-length UTF-16', [0xff, 0xfe, 0x41, 0x00, 0x42]],
    ['lone surrogate in UTF-16', [0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]],
    ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]],
    ['GB18030 truncated', [0xb1, 0xea, 0x81]],
    ['control characters', [0xb1, 0xea, 0x01, 0x02, 0x03, 0xff, 0x41]],
  ];
  for (const [name, bytes] of refused) assert.equal(decode(Buffer.from(bytes)).ok, false, name);
  assert.equal(decode(Buffer.alloc(0)).ok, true, 'an empty file is text');
});

test('a GBK byte GB18030 cannot reproduce is decoded but marked inexact', () => {
  const d = decode(Buffer.concat([iconv.encode('报告', 'gbk'), Buffer.from([0x80])]));
  assert.ok(d.ok);
  assert.equal(d.info.exact, false);
});

test('line index: \\n, \\r\\n and lone \\r end lines; columns are UTF-16 units', () => {
  const text = 'ab\r\n𠀀c\rd\n\nx';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 5);
  assert.deepEqual(idx.position(0), { line: 1, column: 1 });
  assert.deepEqual(idx.position(4), { line: 2, column: 1 });
  assert.deepEqual(idx.position(6), { line: 2, column: 3 }, 'astral char is two units');
  assert.deepEqual(idx.position(8), { line: 3, column: 1 });
  assert.deepEqual(idx.position(11), { line: 5, column: 1 });
  assert.deepEqual(idx.position(text.length), { line: 5, column: 2 });
  assert.deepEqual(idx.position(999), { line: 5, column: 2 }, 'clamped');
  assert.deepEqual(idx.position(-5), { line: 1, column: 1 }, 'clamped');
});

test('findings become 1-based diagnostics with the fix kind and the chosen language', () => {
  const text = '第一行\r\n一二三四五８件';
  const start = text.indexOf('８');
  const f = (safe: boolean[] | null): Finding => ({
    rule: 'number-fullwidth-digit',
    severity: 'warning',
    message: { zh: '全角数字', en: 'full-width digit' },
    range: { start, end: start + 1 },
    fixes: (safe ?? []).map((s) => ({ title: { zh: '改', en: 'fix' }, safe: s, edits: [{ start, end: start + 1, text: '8' }] })),
  });
  const [a, b, c] = toDiagnostics(text, [f([true, false]), f([false]), f(null)], 'zh-cn');
  assert.deepEqual(a, {
    rule: 'number-fullwidth-digit',
    severity: 'warning',
    message: '全角数字',
    line: 2,
    column: 6,
    endLine: 2,
    endColumn: 7,
    fix: 'safe',
  });
  assert.equal(b.fix, 'suggest');
  assert.equal(c.fix, null);
  assert.equal(toDiagnostics(text, [f(null)], 'en')[0].message, 'full-width digit');
});
