// Findings the core emits itself (rules/run.ts, suppress/apply.ts), not a rule: they are listed in the
// docs index beside the rules and have a page each, but no check, no fix and
// no settings entry, because the core does not consult overrides for them.

import type { NoticeMeta } from './rule';

export const coreNotices: readonly NoticeMeta[] = [
  {
    id: 'lint-limits',
    severity: 'warning',
    description: {
      zh: '文档超出大小或表格数量限制，已跳过耗时检查',
      en: 'The document exceeds a size or table-count limit; expensive checks were skipped',
    },
  },
  {
    id: 'internal-error',
    severity: 'hint',
    description: {
      zh: '某条规则内部出错，其检查结果缺失（请报告此问题）',
      en: 'A rule failed internally and its findings are missing (please report it)',
    },
  },
  {
    id: 'suppression-unused',
    severity: 'warning',
    description: {
      zh: '屏蔽指令写了不存在的规则，或没有屏蔽任何问题',
      en: 'A suppression directive names an unknown rule or suppresses nothing',
    },
  },
];
