// The manifest stays in step with the code: every %key% is translated in both
// languages, and every rule the core registers can be configured in settings.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './client';
import { allRules } from '../../server/src/core/rules';

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

test('every %key% of package.json exists in package.nls.json and package.nls.zh-cn.json', () => {
  const keys = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 5);
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const nls = read(file);
    for (const k of keys) assert.equal(typeof nls[k], 'string', `${file}: ${k}`);
  }
  assert.equal(read('package.nls.zh-cn.json')['command.fixAll.title'], '修复所有可自动修复的问题');
  assert.equal(read('package.nls.json')['command.fixAll.title'], 'Fix All Auto-Fixable Problems');
});

test('govReport.rules offers every registered rule id', () => {
  const props = read('package.json').contributes.configuration.properties['govReport.rules'].properties;
  for (const r of allRules) assert.ok(props[r.meta.id], `package.json govReport.rules lacks ${r.meta.id}`);
});

test('the contributions the issue asks for are declared', () => {
  const pkg = read('package.json');
  assert.deepEqual(pkg.activationEvents, [
    'onLanguage:gov-report',
    'onLanguage:plaintext',
    'onLanguage:markdown',
    // A team's folder starts the server, so govReport.checkWorkspaceOnOpen works before a draft is opened.
    'workspaceContains:**/.gov-report-lint.jsonc',
    'workspaceContains:**/.gov-report-lint.json',
    'workspaceContains:**/gov-report-lint-suppressions.json',
  ]);
  assert.equal(pkg.contributes.languages[0].id, 'gov-report');
  assert.equal(pkg.contributes.grammars[0].scopeName, 'text.gov-report');
  assert.ok(pkg.contributes.commands.some((c: any) => c.command === 'govReport.fixAll'));
  assert.ok(pkg.contributes.commands.some((c: any) => c.command === 'govReport.checkWorkspace' && c.title === '%command.checkWorkspace.title%'));
  assert.equal(read('package.nls.zh-cn.json')['command.checkWorkspace.title'], '检查工作区中的所有报告');
  assert.equal(read('package.nls.json')['command.checkWorkspace.title'], 'Check All Drafts in Workspace');
  const onOpen = pkg.contributes.configuration.properties['govReport.checkWorkspaceOnOpen'];
  assert.deepEqual([onOpen.type, onOpen.default], ['boolean', false], 'a 500-file workspace is not linted until asked');
  assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
});
