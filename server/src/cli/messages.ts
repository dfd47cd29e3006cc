// The CLI's own words (help, usage and I/O errors, the stylish summary), in
// Chinese first like every user-visible string, with the English catalog.

import type { Locale, Severity } from '../core/types';

export function t(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}

export function helpText(locale: Locale): string {
  if (locale === 'en') {
    return `Usage: gov-report-lint [options] <file|directory>...
       gov-report-lint [options] --stdin [--stdin-filename <name>]

Lints drafts of government information-disclosure annual reports
(政府信息公开工作年度报告). Directories are walked for .txt .md .markdown .html .htm;
files named explicitly are always linted (unless the config file ignores them).

Options:
  --format <format>         stylish (default) for people, json for machines,
                            sarif (SARIF 2.1.0, code scanning), github (Actions annotations)
  --fix                     apply every safe fix in place (same engine as the editor's fix-all)
  --rule <id>=<level>       override a rule: off|error|warning|info|hint (repeatable; beats the config file)
  --template auto|2019|2021 template generation (default: the config file's, else auto-detect)
  --quiet                   report errors only
  --max-warnings <n>        exit 1 when more than n warnings are reported
  --stdin                   lint standard input
  --stdin-filename <name>   the name standard input is shown as, and whose config and suppressions apply
  --print-config <file>     print the effective configuration for that draft (JSON) and exit
  --suppress-all            record every current finding in gov-report-lint-suppressions.json
  --prune-suppressions      remove the suppressions that no longer match anything
  --previous <file>         last year's report, for the cross-year checks (repeatable; the other
                            files of the run and of each draft's folder are looked at too)
  --locale zh-cn|en         message language (default: zh-cn)
  --jobs <n>                worker threads (1 = in-process; default: automatic)
  -h, --help                show this help
  --version                 show the version

Config: .gov-report-lint.jsonc (or .json), the nearest one from the draft's folder up to the
folder holding .git. Suppressions: <!-- gov-report-lint-disable… --> comments in Markdown and HTML
drafts, and gov-report-lint-suppressions.json in the draft's folder.

Exit status: 0 no error-severity finding, 1 at least one (or more warnings than --max-warnings),
2 usage or I/O failure, or a config or suppressions file with problems.
`;
  }
  return `用法：gov-report-lint [选项] <文件|目录>...
      gov-report-lint [选项] --stdin [--stdin-filename <文件名>]

检查政府信息公开工作年度报告草稿。目录中的 .txt .md .markdown .html .htm 文件会被逐一检查；
明确列出的文件总会被检查（配置文件中 ignore 的除外）。

选项：
  --format <格式>           stylish（默认，供人阅读）、json（供程序读取）、
                            sarif（SARIF 2.1.0，用于代码扫描）、github（GitHub Actions 注释）
  --fix                     就地应用所有安全修复（与编辑器“全部修复”同一引擎）
  --rule <规则>=<级别>       调整规则级别：off|error|warning|info|hint（可重复；优先于配置文件）
  --template auto|2019|2021 模板版本（默认取配置文件，否则自动识别）
  --quiet                   只报告错误级问题
  --max-warnings <n>        警告超过 n 个时退出码为 1
  --stdin                   检查标准输入
  --stdin-filename <文件名>  标准输入显示为此文件名，并按此文件查找配置和屏蔽文件
  --print-config <文件>     输出该草稿实际生效的配置（JSON）后退出
  --suppress-all            把当前所有问题记入 gov-report-lint-suppressions.json
  --prune-suppressions      删除已不再匹配任何问题的屏蔽记录
  --previous <文件>         上一年度报告，供跨年度核对（可重复；本次检查的其他文件和草稿所在
                            目录中的文件也会被查看）
  --locale zh-cn|en         提示语言（默认 zh-cn）
  --jobs <n>                工作线程数（1 表示不用线程；默认自动）
  -h, --help                显示本帮助
  --version                 显示版本号

配置：.gov-report-lint.jsonc（或 .json），从草稿所在目录向上找最近的一个，最远到含 .git 的目录。
屏蔽：Markdown 和 HTML 草稿中的 <!-- gov-report-lint-disable… --> 注释，以及草稿目录中的
gov-report-lint-suppressions.json。

退出码：0 无错误级问题；1 至少一个错误级问题（或警告超过 --max-warnings）；
2 用法错误、读写失败，或配置文件、屏蔽文件有问题。
`;
}

/** Reading the draft or writing the fixed draft back: the same errno means different things. */
export type IoOp = 'read' | 'write';

export function ioReason(locale: Locale, code: string | undefined, detail?: string, op: IoOp = 'read'): string {
  switch (code) {
    case 'ENOENT':
      return op === 'write'
        ? t(locale, '修复期间文件已被删除，未重新创建', 'deleted while being fixed; not re-created')
        : t(locale, '文件或目录不存在', 'no such file or directory');
    case 'EACCES':
    case 'EPERM':
      return op === 'write'
        ? t(locale, '没有写入权限，未写入修复', 'permission denied writing the fixes; left unchanged')
        : t(locale, '没有读取权限', 'permission denied');
    case 'EROFS':
      return t(locale, '文件系统只读，未写入修复', 'read-only file system; fixes not written');
    case 'ENOSPC':
    case 'EDQUOT':
      return t(locale, '磁盘空间不足，未写入修复', 'no space left on the device; fixes not written');
    case 'EISDIR':
      return t(locale, '是目录，不是文件', 'is a directory');
    case 'ENXIO':
      return t(locale, '不是普通文件（套接字或设备）', 'not a regular file (socket or device)');
    case 'binary':
      return t(locale, '二进制文件或无法识别的编码', 'binary or undecodable file');
    case 'undecodable':
      return t(locale, '无法识别的文本编码（支持 UTF-8、UTF-16 带 BOM、GBK/GB18030）', 'undecodable text (supported: UTF-8, UTF-16 with BOM, GBK/GB18030)');
    case 'too-large':
      return t(locale, '文件过大', 'file too large');
    case 'not-exact':
      return t(locale, '无法按原编码无损写回，未修改文件', 'cannot be written back losslessly in its encoding; left unchanged');
    case 'fifo':
      return t(locale, '不是普通文件（命名管道），未读取', 'not a regular file (FIFO); not read');
    case 'socket':
      return t(locale, '不是普通文件（套接字），未读取', 'not a regular file (socket); not read');
    case 'device':
      return t(locale, '不是普通文件（设备），未读取', 'not a regular file (device); not read');
    case 'not-regular':
      return t(locale, '不是普通文件，未读取', 'not a regular file; not read');
    case 'EPARTIAL':
      return t(
        locale,
        `写入中途失败且无法恢复原内容，文件可能已不完整：${detail ?? ''}`,
        `write failed midway and the old content could not be restored; the file may be incomplete: ${detail ?? ''}`,
      );
    case 'read-only':
      return t(locale, '文件只读，未写入修复', 'read-only file; fixes not written');
    case 'symlink':
      return t(locale, '修复期间路径被换成了符号链接，未写入', 'replaced by a symbolic link while being fixed; not written');
    case 'replaced':
      return t(locale, '修复期间文件被替换，未写入', 'replaced by another file while being fixed; not written');
    case 'changed':
      return t(locale, '修复期间文件被修改，未写入（请重新运行 --fix）', 'changed while being fixed; not written (run --fix again)');
    default: {
      const d = detail ?? t(locale, '读写失败', 'I/O failure');
      return op === 'write' ? t(locale, `写入失败，未写入修复：${d}`, `write failed; fixes not written: ${d}`) : d;
    }
  }
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };

export function severityLabel(locale: Locale, s: Severity): string {
  return locale === 'en' ? s : SEVERITY_ZH[s];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  fixable: number;
  skippedFiles: number;
}

export function summaryLine(locale: Locale, c: Counts): string {
  const total = c.error + c.warning + c.info + c.hint;
  if (locale === 'en') {
    const p = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    return `✖ ${p(total, 'problem')} (${p(c.error, 'error')}, ${p(c.warning, 'warning')}, ${c.info} info, ${p(c.hint, 'hint')})`;
  }
  return `✖ 共 ${total} 个问题（${c.error} 个错误，${c.warning} 个警告，${c.info} 条信息，${c.hint} 条提示）`;
}

export function fixableLine(locale: Locale, n: number): string {
  return t(locale, `  其中 ${n} 个可用 --fix 自动修复。`, `  ${n} of them can be fixed automatically with the --fix option.`);
}

export function suppressedLine(locale: Locale, n: number): string {
  return t(
    locale,
    `另有 ${n} 个问题已被屏蔽（屏蔽指令或屏蔽文件）。`,
    `${n} more problem${n === 1 ? ' was' : 's were'} suppressed (directives or the suppressions file).`,
  );
}

export function ignoredLine(locale: Locale, n: number): string {
  return t(locale, `已跳过 ${n} 个被配置文件 ignore 排除的文件。`, `Skipped ${n} file${n === 1 ? '' : 's'} excluded by the config file's ignore.`);
}

export function skippedLine(locale: Locale, n: number): string {
  return t(locale, `已跳过 ${n} 个不是年报草稿的文件。`, `Skipped ${n} file${n === 1 ? '' : 's'} that ${n === 1 ? 'is' : 'are'} not a report draft.`);
}
