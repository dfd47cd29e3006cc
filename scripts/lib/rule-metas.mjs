// Finds the rule files on disk and loads their `meta` straight from the
// TypeScript sources (bundled in memory with esbuild), so the generator works
// on a fresh clone without a build and can never read a stale compiled copy.
// A rule file is a file rules/<category>/<id>.ts that exports `rule`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

export const RULES_DIR = 'server/src/core/rules';
export const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const FIX_CLASSES = ['safe', 'suggest', 'none'];
const RULE_EXPORT = /^export const rule\b/m;

/** Every rule file under rules/<category>/, as { category, id, file } (file relative to root, posix). */
export function findRuleFiles(root) {
  const dir = path.join(root, RULES_DIR);
  const out = [];
  for (const category of fs.readdirSync(dir).sort()) {
    const catDir = path.join(dir, category);
    if (!fs.statSync(catDir).isDirectory()) continue;
    for (const name of fs.readdirSync(catDir).sort()) {
      if (!name.endsWith('.ts')) continue;
      const text = fs.readFileSync(path.join(catDir, name), 'utf8');
      if (!RULE_EXPORT.test(text)) continue;
      out.push({ category, id: name.slice(0, -3), file: `${RULES_DIR}/${category}/${name}` });
    }
  }
  return out;
}

/**
 * Loads every rule's meta, the category list and the core notices.
 * Returns { rules: [{ category, id, file, meta }] in docs order, categories, notices, docUrl }.
 * Throws an Error listing every inconsistency found.
 */
export async function loadRuleMetas(root) {
  const files = findRuleFiles(root);
  const lines = files.map((f, i) => `import { rule as r${i} } from './${f.file}';`);
  lines.push(`export const rules = [${files.map((_, i) => `r${i}`).join(', ')}];`);
  lines.push(`export { RULE_CATEGORIES, docUrl, docPath } from './${RULES_DIR}/rule.ts';`);
  lines.push(`export { coreNotices } from './${RULES_DIR}/notices.ts';`);
  let code;
  try {
    const out = await build({
      stdin: { contents: lines.join('\n'), resolveDir: root, sourcefile: 'rule-metas-entry.ts', loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    code = out.outputFiles[0].text;
  } catch (err) {
    const detail = (err.errors ?? []).map((e) => `  ${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('\n');
    throw new Error(`cannot compile the rule files:\n${detail || err.message}`, { cause: err });
  }
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const categories = mod.RULE_CATEGORIES;
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const rules = files.map((f, i) => ({ ...f, meta: mod.rules[i]?.meta }));
  const problems = [...rules.flatMap((r) => ruleProblems(r, order)), ...noticeProblems(mod.coreNotices, rules)];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  rules.sort((a, b) => order.get(a.category) - order.get(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rules, categories, notices: mod.coreNotices, docUrl: mod.docUrl, docPath: mod.docPath };
}

function ruleProblems({ file, category, id, meta }, order) {
  if (!meta || typeof meta !== 'object') return [`${file}: exports \`rule\` without a \`meta\` object`];
  const p = [];
  if (!KEBAB.test(meta.id)) p.push(`${file}: id "${meta.id}" is not kebab case (a-z, 0-9, single hyphens)`);
  if (meta.id !== id) p.push(`${file}: meta.id "${meta.id}" differs from the file name "${id}"`);
  if (meta.category !== category) p.push(`${file}: meta.category "${meta.category}" differs from the folder "${category}"`);
  if (!order.has(category)) p.push(`${file}: folder "${category}" is not a category of RULE_CATEGORIES in rule.ts`);
  if (!SEVERITIES.includes(meta.severity)) p.push(`${file}: severity "${meta.severity}" is not one of ${SEVERITIES.join(', ')}`);
  if (!FIX_CLASSES.includes(meta.fixClass)) p.push(`${file}: fixClass "${meta.fixClass}" is not one of ${FIX_CLASSES.join(', ')}`);
  p.push(...descriptionProblems(file, meta.description));
  return p;
}

function noticeProblems(notices, rules) {
  const ids = new Set(rules.map((r) => r.id));
  return notices.flatMap((n) => {
    const where = `${RULES_DIR}/notices.ts (${n.id})`;
    const p = [];
    if (!KEBAB.test(n.id)) p.push(`${where}: id is not kebab case`);
    if (ids.has(n.id)) p.push(`${where}: a notice and a rule share the id`);
    if (!SEVERITIES.includes(n.severity)) p.push(`${where}: severity "${n.severity}" is not one of ${SEVERITIES.join(', ')}`);
    p.push(...descriptionProblems(where, n.description));
    return p;
  });
}

// One line each: the description is a table cell and a settings hover.
function descriptionProblems(where, d) {
  const ok = (s) => typeof s === 'string' && s.trim().length > 0 && !/[\r\n]/.test(s);
  return ok(d?.zh) && ok(d?.en) ? [] : [`${where}: description needs a one-line zh and en text`];
}
