// The three files of a new rule, shaped like the existing ones. Placeholders
// are 【请填写】 (Chinese) and [fill in] (English); rule-meta.test.ts rejects
// any file that still holds one.

export const PLACEHOLDERS = ['【请填写】', '[fill in]'];

export function ruleTemplate(id, category) {
  return `// ${id}: [fill in] what it flags, and why it matters in an annual report.

import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: '${id}',
    category: '${category}',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '【请填写】一句话说明本规则报告什么', en: '[fill in] one line: what the rule flags' },
  },
  check(ctx) {
    // Findings come from ctx.report (the parsed model) through ctx.add({ range, message: { zh, en } }),
    // with the numbers involved in the message; fixes must stay within meta.fixClass.
  },
};
`;
}

export function testTemplate(id) {
  return `import { test } from 'node:test';
import { LAYOUTS, build, none, one, expectHit } from './_helpers';

const RULE = '${id}';

test('valid: the base draft has no ${id} finding, in every layout', () => {
  for (const layout of LAYOUTS) none(build({ layout }).text, RULE);
});

test('[fill in] a draft that breaks the rule is flagged on the right line', () => {
  const b = build({}, (d) => {
    // Change the draft so that it breaks the rule, e.g. edit d.sections, d.t3 or d.intro.
  });
  expectHit(one(b.text, RULE), RULE, 'warning', b.line('h1'), ['【请填写】']);
});
`;
}

export function docTemplate(id) {
  return `# ${id}

【请填写】本规则报告什么、为什么（依据的规定或公文惯例），以及它不报告什么。

- 默认严重级别：警告（warning）
- 修复类别：**none**（无自动修复）：仅提示，需要人工判断。

## 错误示例 / Incorrect

\`\`\`text
【请填写】
\`\`\`

## 正确示例 / Correct

\`\`\`text
【请填写】
\`\`\`

## 关闭或调整

在设置（\`settings.json\`）中关闭本规则，或改用其他严重级别（\`"error"\`、\`"warning"\`、\`"info"\`、\`"hint"\`）：

\`\`\`json
"govReport.rules": { "${id}": "off" }
\`\`\`

## English

[fill in] What the rule flags and why.

- Default severity: warning
- Fix: **none** — diagnostic only; a person has to decide.
- Turn off: \`"govReport.rules": { "${id}": "off" }\`, or give a severity such as \`"info"\` instead of \`"off"\`.
`;
}
