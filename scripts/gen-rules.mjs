// Generates everything that is derived from the rules' `meta` (the single
// source of truth): the rule registry (server/src/core/rules/all.generated.ts),
// the index tables of docs/rules/README.md, and the govReport.rules settings
// schema in package.json with its descriptions in package.nls*.json.
//
//   node scripts/gen-rules.mjs           rewrite the generated files
//   node scripts/gen-rules.mjs --check   exit 1 if any of them is out of date
//   --root <dir>                         work on another checkout (tests)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadRuleMetas } from './lib/rule-metas.mjs';
import { outputs } from './lib/rule-outputs.mjs';

const { values } = parseArgs({ options: { check: { type: 'boolean' }, root: { type: 'string' } } });
const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

let model;
try {
  model = await loadRuleMetas(root);
} catch (err) {
  console.error(`规则元数据有误 / the rule metadata is inconsistent:\n${err.message}`);
  process.exit(1);
}

const stale = [];
for (const out of outputs(model)) {
  const file = path.join(root, out.file);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  let wanted;
  try {
    wanted = out.render(current);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
  if (wanted === current) continue;
  stale.push(out.file);
  if (!values.check) fs.writeFileSync(file, wanted);
}

if (values.check) {
  if (stale.length > 0) {
    console.error(
      `以下文件与规则元数据不一致 / out of date with the rule metadata:\n${stale.map((f) => `  ${f}`).join('\n')}\n` + '运行 / run: npm run gen:rules',
    );
    process.exit(1);
  }
  console.log(`${model.rules.length} rules: generated files are up to date`);
} else {
  console.log(stale.length > 0 ? `updated: ${stale.join(', ')}` : `${model.rules.length} rules: nothing to update`);
}
