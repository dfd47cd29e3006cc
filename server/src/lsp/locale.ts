// The server speaks the client's UI language: Chinese unless the client asks
// for something else, because the users are Chinese civil servants.

import type { Locale, Msg } from '../core/types';

export { say } from '../core/types';
export type { Locale } from '../core/types';

/** zh* → Chinese; any other declared locale → English; none → Chinese. */
export function langOf(locale: string | undefined | null): Locale {
  if (!locale) return 'zh-cn';
  return /^zh/i.test(locale) ? 'zh-cn' : 'en';
}

/** How many ids a message names before "and more". */
const FEW = 5;

/** Strings the adapter itself shows (rule messages come from the core). */
export const UI = {
  fixAllRule: (id: string): Msg => ({ zh: `修复所有 ${id} 问题（本文件）`, en: `Fix all ${id} problems in this file` }),
  fixAllSafe: { zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' } as Msg,
  applied: (n: number): Msg => ({ zh: `已应用 ${n} 处自动修复。`, en: `Applied ${n} automatic fix${n === 1 ? '' : 'es'}.` }),
  nothingToFix: { zh: '没有可自动修复的问题。', en: 'No auto-fixable problems.' } as Msg,
  notOpen: (uri: string): Msg => ({ zh: `文档未打开：${uri}`, en: `The document is not open: ${uri}` }),
  notReport: { zh: '该文档不像政府信息公开工作年度报告，未作修改。', en: 'This document does not look like an annual report; nothing changed.' } as Msg,
  editRefused: (reason: string): Msg => ({ zh: `编辑器拒绝了修复：${reason}`, en: `The editor refused the fixes: ${reason}` }),
  keepsChanging: { zh: '文档在修复期间持续变化，已放弃；请稍后重试。', en: 'The document kept changing while fixing; gave up. Try again.' } as Msg,
  limited: (why: string, rules: string[]): Msg => ({
    zh: `检查范围受限（${why}）${rules.length ? `，已跳过规则：${rules.join('、')}` : ''}。`,
    en: `Checking was limited (${why})${rules.length ? `; skipped rules: ${rules.join(', ')}` : ''}.`,
  }),
  capped: (shown: number, total: number): Msg => ({
    zh: `问题过多：仅显示 ${shown} 个（共 ${total} 个），按严重程度优先、再按出现顺序。可在设置 govReport.maxProblems 中调整上限（0 表示不限）。`,
    en: `Too many problems: showing ${shown} of ${total}, most severe first, then in document order. Change the limit with the setting govReport.maxProblems (0 = no limit).`,
  }),
  badSetting: (key: string, value: string, fallback: string): Msg => ({
    zh: `政府信息公开年报检查：设置 ${key} 的值 ${value} 无效，已改用 ${fallback}。`,
    en: `Gov Report Lint: setting ${key} has an invalid value ${value}; using ${fallback}.`,
  }),
  /** One message for any number of unknown ids: a thousand of them must not mean a thousand popups. */
  unknownRules: (ids: string[]): Msg => {
    if (ids.length === 1) {
      return {
        zh: `政府信息公开年报检查：govReport.rules 中的规则 ${ids[0]} 不存在，已忽略。`,
        en: `Gov Report Lint: govReport.rules names an unknown rule ${ids[0]}; ignored.`,
      };
    }
    const few = ids.slice(0, FEW);
    const more = ids.length > FEW;
    return {
      zh: `政府信息公开年报检查：govReport.rules 中有 ${ids.length} 个不存在的规则（${few.join('、')}${more ? ' 等' : ''}），已忽略。`,
      en: `Gov Report Lint: govReport.rules names ${ids.length} unknown rules (${few.join(', ')}${more ? ', …' : ''}); ignored.`,
    };
  },
  badRuleLevels: (entries: string[]): Msg => ({
    zh: `政府信息公开年报检查：govReport.rules 中 ${entries.length} 个规则的级别无效（${entries.slice(0, FEW).join('、')}${entries.length > FEW ? ' 等' : ''}），已改用默认级别。`,
    en: `Gov Report Lint: govReport.rules gives ${entries.length} rules an invalid level (${entries.slice(0, FEW).join(', ')}${entries.length > FEW ? ', …' : ''}); using their defaults.`,
  }),
  configurationTimeout: (ms: number): Msg => ({
    zh: `编辑器在 ${ms} 毫秒内未返回 govReport 设置，暂用上次的设置（或默认设置）检查；收到后会重新检查。`,
    en: `The editor did not return the govReport settings within ${ms} ms; checking with the last known (or default) settings until it does.`,
  }),
  unusedEntry: (rule: string, file: string, anchor: string): Msg => ({
    zh: `屏蔽记录已不再匹配任何问题（${rule}，${file}：“${anchor}”），可以删除`,
    en: `suppression no longer matches anything (${rule} in ${file}: "${anchor}"); remove it`,
  }),
  suppressInline: (rule: string): Msg => ({
    zh: `屏蔽此问题：在上一行插入 gov-report-lint-disable-next-line ${rule}`,
    en: `Suppress ${rule} here: insert gov-report-lint-disable-next-line above`,
  }),
  suppressInFile: (rule: string, file: string): Msg => ({
    zh: `屏蔽此问题：记入 ${file}（${rule}）`,
    en: `Suppress this ${rule} finding in ${file}`,
  }),
  suppressionsBroken: (file: string): Msg => ({
    zh: `屏蔽文件 ${file} 有问题，未改写（请先修正）。`,
    en: `${file} has problems; not rewritten (fix it first).`,
  }),
  suppressionsWriteFailed: (file: string, why: string): Msg => ({
    zh: `屏蔽文件 ${file} 写入失败：${why}`,
    en: `Cannot write ${file}: ${why}`,
  }),
  checkTitle: { zh: '检查工作区中的所有报告', en: 'Checking all drafts in the workspace' } as Msg,
  checked: (drafts: number, withProblems: number): Msg => ({
    zh: `已检查工作区中的 ${drafts} 个文件，${withProblems} 份报告有问题（见“问题”面板）。`,
    en: `Checked ${drafts} file${drafts === 1 ? '' : 's'} in the workspace; ${withProblems} draft${withProblems === 1 ? ' has' : 's have'} problems (see the Problems panel).`,
  }),
  checkCancelled: (done: number, total: number): Msg => ({
    zh: `已取消检查：完成 ${done} / ${total}。`,
    en: `Check cancelled after ${done} / ${total}.`,
  }),
  noWorkspace: { zh: '没有打开工作区文件夹，没有可检查的报告。', en: 'No workspace folder is open: there are no drafts to check.' } as Msg,
  applyEditTimeout: (ms: number): Msg => ({
    zh: `编辑器在 ${ms} 毫秒内未答复修复请求，无法确认修复是否已应用；请检查文档后重试。`,
    en: `The editor did not answer the fix request within ${ms} ms; it is unknown whether the fixes were applied. Check the document and try again.`,
  }),
};
