// Each rule's meta is the single source of truth. These tests fail, naming the
// rule and the fix, when a rule lacks its doc page or unit test, is missing
// from the registry, has a malformed id, when the docs index or the settings
// schema no longer match the metas, or when a doc page has no rule.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/core/rules';
import { coreNotices } from '../../server/src/core/rules/notices';
import { RULE_CATEGORIES, docPath, type Rule } from '../../server/src/core/rules/rule';
import { lint } from '../../server/src/core/lint';
import { LIMITS } from '../../server/src/core/limits';
import type { Severity } from '../../server/src/core/types';

const ROOT = process.cwd();
const RULES_DIR = 'server/src/core/rules';
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PLACEHOLDERS = ['【请填写】', '[fill in]'];
const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const exists = (f: string) => fs.existsSync(path.join(ROOT, f));
const noProblems = (problems: string[]) => assert.deepEqual(problems, [], `\n${problems.join('\n')}\n`);

/** Rule files on disk: rules/<category>/<name>.ts exporting `rule` (the generator's criterion). */
function ruleFilesOnDisk(): { category: string; name: string }[] {
  const out: { category: string; name: string }[] = [];
  for (const d of fs.readdirSync(path.join(ROOT, RULES_DIR), { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(ROOT, RULES_DIR, d.name))) {
      if (f.endsWith('.ts') && /^export const rule\b/m.test(read(`${RULES_DIR}/${d.name}/${f}`))) out.push({ category: d.name, name: f.slice(0, -3) });
    }
  }
  return out;
}

const ids = allRules.map((r) => r.meta.id);
const noticeIds = coreNotices.map((n) => n.id);

test('every rule file on disk is in the registry, and every registered rule has its file', () => {
  const onDisk = ruleFilesOnDisk();
  const problems = [
    ...onDisk.filter((f) => !ids.includes(f.name)).map((f) => `${RULES_DIR}/${f.category}/${f.name}.ts is not in the registry: run npm run gen:rules`),
    ...allRules
      .filter((r) => !exists(`${RULES_DIR}/${r.meta.category}/${r.meta.id}.ts`))
      .map((r) => `${r.meta.id}: registered, but ${RULES_DIR}/${r.meta.category}/${r.meta.id}.ts does not exist (file name = id, folder = category)`),
    ...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${id}: registered twice`),
  ];
  noProblems(problems);
  assert.ok(allRules.length >= 35);
});

test('ids are kebab case, categories known, and no rule shares an id with a core notice', () => {
  const categories = RULE_CATEGORIES.map((c) => c.id as string);
  const problems = [
    ...[...ids, ...noticeIds].filter((id) => !KEBAB.test(id)).map((id) => `${id}: not kebab case (a-z, 0-9, single hyphens)`),
    ...allRules.filter((r) => !categories.includes(r.meta.category)).map((r) => `${r.meta.id}: unknown category ${r.meta.category}`),
    ...noticeIds.filter((id) => ids.includes(id)).map((id) => `${id}: both a rule and a core notice`),
  ];
  noProblems(problems);
});

test('every rule has a unit test file test/unit/rules/<id>.test.ts', () => {
  noProblems(
    ids
      .filter((id) => !exists(`test/unit/rules/${id}.test.ts`))
      .map((id) => `${id}: no unit test test/unit/rules/${id}.test.ts (npm run new-rule scaffolds one)`),
  );
});

/** Severity and fix class as a doc page states them, Chinese part and English part. */
function stated(page: string) {
  const en = page.indexOf('\n## English');
  return {
    englishAfterChinese: en > 0 && /[\u4e00-\u9fff]/.test(page.slice(0, en)),
    zhSeverity: /^- (?:默认)?严重级别：(\S+?)（(\w+)）/m.exec(page)?.slice(1, 3).join('/'),
    zhFix: /^- 修复类别：\*\*(\w+)\*\*/m.exec(page)?.[1],
    enSeverity: /^- (?:Default s|S)everity: (\w+)/m.exec(page)?.[1],
    enFix: /^- Fix: \*\*(\w+)\*\*/m.exec(page)?.[1],
  };
}

function pageProblems(id: string, severity: Severity, fixClass: string): string[] {
  const file = docPath(id);
  if (!exists(file)) return [`${id}: no doc page ${file} (npm run new-rule scaffolds one)`];
  const page = read(file);
  const s = stated(page);
  const p: string[] = [];
  if (!page.startsWith(`# ${id}\n`)) p.push(`${file}: the first line must be "# ${id}"`);
  if (!s.englishAfterChinese) p.push(`${file}: Chinese first, then a "## English" section`);
  if (s.zhSeverity !== `${SEVERITY_ZH[severity]}/${severity}`)
    p.push(`${file}: says 严重级别 ${s.zhSeverity}, meta says ${SEVERITY_ZH[severity]}（${severity}）`);
  if (s.enSeverity !== severity) p.push(`${file}: says severity ${s.enSeverity}, meta says ${severity}`);
  if (s.zhFix !== fixClass || s.enFix !== fixClass) p.push(`${file}: says fix ${s.zhFix}/${s.enFix}, meta says ${fixClass}`);
  return p;
}

test('every rule and core notice has a doc page that states its meta, Chinese first', () => {
  noProblems([
    ...allRules.flatMap((r) => pageProblems(r.meta.id, r.meta.severity, r.meta.fixClass)),
    ...coreNotices.flatMap((n) => pageProblems(n.id, n.severity, 'none')),
  ]);
});

test('every doc page belongs to a rule or a core notice', () => {
  const pages = fs.readdirSync(path.join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  noProblems(
    pages
      .map((f) => f.slice(0, -3))
      .filter((id) => !ids.includes(id) && !noticeIds.includes(id))
      .map((id) => `docs/rules/${id}.md: no rule or core notice has the id ${id} (renamed or deleted rule?)`),
  );
});

test('no scaffold placeholder is left in a rule, its test or its page', () => {
  const files = allRules.flatMap((r) => [`${RULES_DIR}/${r.meta.category}/${r.meta.id}.ts`, `test/unit/rules/${r.meta.id}.test.ts`, docPath(r.meta.id)]);
  noProblems(
    files.filter((f) => exists(f) && PLACEHOLDERS.some((p) => read(f).includes(p))).map((f) => `${f}: still holds a 【请填写】/[fill in] placeholder`),
  );
});

/** Cells of the docs index row for an id, per table (zh first, en second). */
function indexRows(id: string): string[][] {
  const esc = id.replace(/-/g, '\\-');
  const rows = [...read('docs/rules/README.md').matchAll(new RegExp(`^\\| \\[\`${esc}\`\\]\\(${esc}\\.md\\) \\|(.*)\\|$`, 'gm'))];
  return rows.map((m) => m[1].split(' | ').map((c) => c.trim().replace(/\\\|/g, '|')));
}

test('the docs index lists every rule and notice with the severity, fix class and description of its meta', () => {
  const label = new Map(RULE_CATEGORIES.map((c) => [c.id as string, c.label]));
  const check = (id: string, category: { zh: string; en: string } | undefined, severity: string, fix: string, d: { zh: string; en: string }) => {
    const rows = indexRows(id);
    if (rows.length !== 2) return [`${id}: docs/rules/README.md has ${rows.length} rows for it, wants 2 (zh and en tables): run npm run gen:rules`];
    const want = (lang: 'zh' | 'en') => [category?.[lang] ?? rows[lang === 'zh' ? 0 : 1][0], severity, fix, d[lang]];
    return rows[0].join(' | ') === want('zh').join(' | ') && rows[1].join(' | ') === want('en').join(' | ')
      ? []
      : [`${id}: docs/rules/README.md row differs from the meta (${rows[0].join(' | ')}): run npm run gen:rules`];
  };
  noProblems([
    ...allRules.flatMap((r) => check(r.meta.id, label.get(r.meta.category), r.meta.severity, r.meta.fixClass, r.meta.description)),
    ...coreNotices.flatMap((n) => check(n.id, undefined, n.severity, 'none', n.description)),
  ]);
});

test('the govReport.rules schema has exactly the registered rules, with default and description from meta', () => {
  const pkg = JSON.parse(read('package.json'));
  const nls = { en: JSON.parse(read('package.nls.json')), zh: JSON.parse(read('package.nls.zh-cn.json')) };
  const props: Record<string, { enum: string[]; default: string; markdownDescription: string }> =
    pkg.contributes.configuration.properties['govReport.rules'].properties;
  const problems = [
    ...Object.keys(props)
      .filter((k) => !ids.includes(k))
      .map((k) => `package.json govReport.rules has "${k}", which is not a registered rule: run npm run gen:rules`),
    ...allRules.flatMap((r: Rule) => {
      const p = props[r.meta.id];
      if (!p) return [`${r.meta.id}: missing from package.json govReport.rules: run npm run gen:rules`];
      const key = /^%(.+)%$/.exec(p.markdownDescription)?.[1] ?? '';
      const out: string[] = [];
      if (p.default !== r.meta.severity) out.push(`${r.meta.id}: schema default ${p.default}, meta severity ${r.meta.severity}: run npm run gen:rules`);
      assert.deepEqual(p.enum, ['error', 'warning', 'info', 'hint', 'off']);
      for (const lang of ['zh', 'en'] as const) {
        if (!String(nls[lang][key] ?? '').startsWith(r.meta.description[lang]))
          out.push(`${r.meta.id}: ${lang} settings description does not start with the meta's: run npm run gen:rules`);
      }
      return out;
    }),
  ];
  noProblems(problems);
  for (const id of noticeIds) assert.equal(props[id], undefined, `${id} is a core notice: the core does not read settings for it`);
});

test('npm run check:rules: every generated file is up to date', () => {
  const r = spawnSync(process.execPath, ['scripts/gen-rules.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('the core emits its notices with the severity their meta states', () => {
  const severity = (id: string) => coreNotices.find((n) => n.id === id)?.severity;
  const seed = read('test/fixtures/seeds/000_0131eef5f6c80757.txt');
  // One report with more tables than the limit (as in limits.test.ts).
  const body = seed.replace(/^.*年度报告\s*$/m, '').replace(/^[ \t\u3000]*一、总体情况.*$/m, '');
  const merged = Array.from({ length: Math.ceil(LIMITS.maxTables / 3) + 2 }, (_, i) => (i === 0 ? seed : body)).join('\n');
  const limits = lint(merged).findings.filter((f) => f.rule === 'lint-limits');
  assert.equal(limits.length, 1);
  assert.equal(limits[0].severity, severity('lint-limits'));

  // A rule that throws, registered for this test only.
  const broken: Rule = {
    meta: { ...allRules[0].meta, id: 'zz-broken' },
    check: () => {
      throw new Error('boom');
    },
  };
  allRules.push(broken);
  try {
    const errors = lint(seed).findings.filter((f) => f.rule === 'internal-error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].severity, severity('internal-error'));
  } finally {
    allRules.pop();
  }
});
