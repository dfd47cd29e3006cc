// Fix-all on every seed: nothing safe remains, a second run changes nothing,
// and CRLF / BOM copies give the same findings and keep their form.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEEDS, lintText, seedText } from './seeds';
import { fixAll } from '../../server/src/core/fix/fixAll';

const safeLeft = (text: string) => lintText(text).result.findings.filter((f) => f.fixes.some((x) => x.safe));
const summary = (text: string) => {
  const l = lintText(text);
  return l.result.findings.map((f) => `${f.rule}@${l.line(f)}`);
};

for (const [key, name] of Object.entries(SEEDS)) {
  test(`${key}: fix-all reaches a fixed point and is idempotent`, () => {
    const text = seedText(name);
    const r = fixAll(text);
    assert.ok(r.applied > 0);
    assert.deepEqual(
      safeLeft(r.text).map((f) => f.rule),
      [],
    );
    assert.equal(fixAll(r.text).changed, false);
    // Only fixes touch the text: every CJK ideograph survives in order.
    const cjk = (s: string) => s.replace(/[^\u4e00-\u9fff]/g, '');
    assert.ok(cjk(r.text).includes(cjk(text).slice(0, 50)));
  });

  test(`${key}: CRLF and BOM copies give the same findings and keep their form`, () => {
    const text = seedText(name);
    const lf = summary(text);
    const crlf = text.replace(/\r?\n/g, '\r\n');
    assert.deepEqual(summary(crlf), lf);
    const bom = '\ufeff' + text;
    assert.deepEqual(summary(bom), lf);
    const fixedCrlf = fixAll(crlf).text;
    assert.equal((fixedCrlf.match(/\r\n/g) ?? []).length, (fixedCrlf.match(/\n/g) ?? []).length, 'no bare LF introduced');
    assert.ok(fixAll(bom).text.startsWith('\ufeff'), 'BOM kept');
  });
}
