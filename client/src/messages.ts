// Runtime strings of the client in the VS Code display language (the
// manifest's strings live in package.nls*.json).

import * as vscode from 'vscode';

const zh = () => vscode.env.language.toLowerCase().startsWith('zh');

export const t = {
  name: () => (zh() ? '政府信息公开年报检查' : 'Gov Report Lint'),
  summary: (year: number | null, template: string | null, count: number) =>
    zh()
      ? `${year ?? '？'}年度 · ${template ?? '？'}版模板 · ${count} 个问题`
      : `Year ${year ?? '?'} · ${template ?? '?'} template · ${count} problem${count === 1 ? '' : 's'}`,
  disabled: () => (zh() ? '已停用' : 'Disabled'),
  enable: () => (zh() ? '启用' : 'Enable'),
  disable: () => (zh() ? '停用' : 'Disable'),
  settings: (run: string, overrides: number) =>
    zh()
      ? `${run === 'onSave' ? '保存时检查' : '输入时检查'}${overrides ? ` · ${overrides} 条规则设置` : ''}`
      : `${run === 'onSave' ? 'lints on save' : 'lints as you type'}${overrides ? ` · ${overrides} rule override${overrides === 1 ? '' : 's'}` : ''}`,
  limited: (why: string, rules: string[]) =>
    zh()
      ? `检查范围受限（${why}）${rules.length ? `，已跳过：${rules.join('、')}` : ''}`
      : `Checking limited (${why})${rules.length ? `; skipped: ${rules.join(', ')}` : ''}`,
  checkingWorkspace: () => (zh() ? '政府信息公开年报：正在检查工作区中的所有报告' : 'Gov Report: checking all drafts in the workspace'),
  noEditor: () => (zh() ? '请先打开要修复的年报文档。' : 'Open the report draft to fix first.'),
  nowEnabled: () => (zh() ? '政府信息公开年报检查已启用。' : 'Gov Report Lint enabled.'),
  nowDisabled: () => (zh() ? '政府信息公开年报检查已停用。' : 'Gov Report Lint disabled.'),
};
