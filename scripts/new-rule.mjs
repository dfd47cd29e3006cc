// Scaffolds a rule: the rule file, its unit test and its doc page (Chinese
// first, English second), then runs the generator so the registry, the docs
// index and the settings schema include it. The placeholders 【请填写】 /
// [fill in] make test/unit/rule-meta.test.ts fail until they are replaced,
// and the scaffolded "flags" test fails until the rule finds something.
//
//   npm run new-rule <id> <category> [--root <dir>]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KEBAB, RULES_DIR } from './lib/rule-metas.mjs';
import { ruleTemplate, testTemplate, docTemplate } from './lib/rule-templates.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({ options: { root: { type: 'string' } }, allowPositionals: true });
const root = path.resolve(values.root ?? path.join(here, '..'));

function fail(zh, en) {
  console.error(`${zh}\n${en}`);
  process.exit(2);
}

const [id, category] = positionals;
const categories = fs
  .readdirSync(path.join(root, RULES_DIR), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
if (!id || !category || positionals.length > 2) {
  fail(
    `用法：npm run new-rule <规则id> <类别>（类别：${categories.join('、')}）`,
    `usage: npm run new-rule <id> <category> (category: ${categories.join(', ')})`,
  );
}
if (!KEBAB.test(id)) fail(`规则 id 须为小写短横线格式（如 table-cell-empty）：${id}`, `the id must be kebab case (e.g. table-cell-empty): ${id}`);
if (!categories.includes(category))
  fail(`未知类别：${category}（可选：${categories.join('、')}）`, `unknown category: ${category} (one of ${categories.join(', ')})`);

const files = {
  rule: `${RULES_DIR}/${category}/${id}.ts`,
  test: `test/unit/rules/${id}.test.ts`,
  doc: `docs/rules/${id}.md`,
};
const taken = [...categories.map((c) => `${RULES_DIR}/${c}/${id}.ts`), files.test, files.doc].filter((f) => fs.existsSync(path.join(root, f)));
if (taken.length > 0) fail(`规则 ${id} 已存在：${taken.join('、')}`, `rule ${id} already exists: ${taken.join(', ')}`);

fs.writeFileSync(path.join(root, files.rule), ruleTemplate(id, category));
fs.writeFileSync(path.join(root, files.test), testTemplate(id));
fs.writeFileSync(path.join(root, files.doc), docTemplate(id));
console.log(`created:\n  ${files.rule}\n  ${files.test}\n  ${files.doc}`);

const gen = spawnSync(process.execPath, [path.join(here, 'gen-rules.mjs'), '--root', root], { stdio: 'inherit' });
if (gen.status !== 0) process.exit(gen.status ?? 1);
console.log(
  '下一步：填写三个文件中的【请填写】/[fill in]，修改 meta 后运行 npm run gen:rules。\n' +
    'Next: replace every 【请填写】/[fill in] in the three files; after changing the meta, run npm run gen:rules.',
);
