// TextMate grammar tests. The assertions live in test/grammar/*.test.gov-report and are run by
// vscode-tmgrammar-test; this file wires them into `node --test` and adds two checks the tool
// cannot express: the grammar's identity/scope naming, and that no regex backtracks badly.
//
// Compiled to .build/test/grammar/, so paths are resolved from the repository root (cwd).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.cwd();
const grammarPath = join(root, 'syntaxes', 'gov-report.tmLanguage.json');
const toolDir = dirname(require.resolve('vscode-tmgrammar-test/package.json', { paths: [root] }));
const toolCli = join(toolDir, 'dist', 'unit.js');

test('grammar: identity and scope names', () => {
  const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
  assert.equal(grammar.scopeName, 'text.gov-report');
  assert.equal(grammar.name, 'Gov Report');
  const names: string[] = [];
  (function walk(node: unknown): void {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'name' || key === 'contentName') && typeof value === 'string' && node !== grammar) {
          names.push(value);
        } else walk(value);
      }
    }
  })(grammar);
  assert.ok(names.length > 0);
  for (const name of names) assert.match(name, /\.gov-report$/, `scope ${name} must end with .gov-report`);
});

test('grammar: vscode-tmgrammar-test assertions pass', () => {
  const r = spawnSync(
    process.execPath,
    [
      toolCli,
      '--config',
      join('test', 'grammar', 'tmgrammar-test.config.json'),
      '-g',
      join('syntaxes', 'gov-report.tmLanguage.json'),
      'test/grammar/*.test.gov-report',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
  );
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
  assert.equal(r.status, 0, `vscode-tmgrammar-test failed (status ${r.status}):\n${output}`);
  assert.match(output, /run successfuly|run successfully/, output);
});

test('grammar: long and pathological lines tokenize in linear time', async () => {
  // vscode-textmate and vscode-oniguruma come with vscode-tmgrammar-test; resolve them from there.
  const tm = require(require.resolve('vscode-textmate', { paths: [toolDir, root] }));
  const onigPath = require.resolve('vscode-oniguruma', { paths: [toolDir, root] });
  const onig = require(onigPath);
  const wasm = readFileSync(join(dirname(onigPath), 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async () => tm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  const grammar = await registry.loadGrammar('text.gov-report');
  assert.ok(grammar, 'grammar loads');
  grammar.tokenizeLine('一、总体情况', tm.INITIAL); // compile the scanners before timing

  const n = 20_000;
  const lines: Record<string, string> = {
    digits: '1'.repeat(n),
    han: '国'.repeat(n),
    hanThenBracket: '国'.repeat(n) + '〔',
    docNumbers: '国办函〔2020〕'.repeat(n / 8),
    verbs: '根据'.repeat(n / 2) + '〔2020〕1号',
    pipes: '|'.repeat(n),
    dashes: '|' + '-'.repeat(n) + 'x',
    spaces: ' '.repeat(n) + 'x',
    ordinals: '（一'.repeat(n / 2),
    title: '国'.repeat(n) + '政府信息公开工作年度报告',
    heading1: '一、' + '总'.repeat(n),
    heading3: '1.' + '总'.repeat(n) + '|',
    grouping: '1,000'.repeat(n / 5),
    decimals: '1.'.repeat(n / 2),
    negatives: '-1'.repeat(n / 2),
    dates: '2021年1月'.repeat(n / 7),
    prefixes: ' #|'.repeat(n / 3) + 'x',
  };
  for (const [label, line] of Object.entries(lines)) {
    const t0 = process.hrtime.bigint();
    grammar.tokenizeLine(line, tm.INITIAL);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms < 2000, `${label}: ${line.length} characters took ${ms.toFixed(0)} ms`);
  }
});
