// Command-line parsing with node:util parseArgs. Every mistake becomes one
// readable line (exit 2), never a stack trace; an unknown rule id is an error
// too, because a silently ignored override reads as "my config is ignored".

import { parseArgs } from 'node:util';
import type { Locale, Severity, TemplateSetting } from '../core/types';
import { t } from './messages';

export type Format = 'stylish' | 'json' | 'sarif' | 'github';
const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github'];

export interface CliOptions {
  format: Format;
  fix: boolean;
  locale: Locale;
  /** --rule overrides (on top of the config file). */
  rules: Record<string, Severity | 'off'>;
  /** --template; null: the config file's, else auto. */
  template: TemplateSetting | null;
  /** Worker threads; null lets the CLI decide from the input size. */
  jobs: number | null;
  /** --max-warnings: exit 1 when more warnings than this are reported; null: no limit. */
  maxWarnings: number | null;
  /** --quiet: report errors only. */
  quiet: boolean;
  /** --stdin: lint standard input, named `stdinFilename` (for output, config and suppressions). */
  stdin: boolean;
  stdinFilename: string | null;
  /** --suppress-all: write every finding into the suppressions files. */
  suppressAll: boolean;
  /** --prune-suppressions: remove the entries that no longer match. */
  pruneSuppressions: boolean;
  /** --previous: last year's reports, read for the cross-year checks only. */
  previous: string[];
  paths: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'print-config'; file: string; options: CliOptions }
  | { kind: 'help'; locale: Locale }
  | { kind: 'version' }
  | { kind: 'error'; locale: Locale; message: string };

const LEVELS = new Set(['off', 'error', 'warning', 'info', 'hint']);

function parseLocale(value: string): Locale | null {
  const v = value.toLowerCase().replace('_', '-');
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh' || v === 'zh-cn' || v === 'zh-hans') return 'zh-cn';
  return null;
}

/** The locale requested on the command line, found even when parsing fails later. */
function scanLocale(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    const l = v === undefined ? null : parseLocale(v);
    if (l) return l;
  }
  return 'zh-cn';
}

function describeParseError(locale: Locale, err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const unknown = /Unknown option '([^']+)'/.exec(m);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    return t(locale, `未知选项：${unknown[1]}（用 --help 查看用法）`, `unknown option: ${unknown[1]} (see --help)`);
  }
  // "--format --fix": the value was forgotten, the next option is not meant as one.
  const missing = /Option '([^']+)' argument (?:missing|is ambiguous)/.exec(m);
  if (missing) return t(locale, `选项 ${missing[1]} 缺少参数值`, `option ${missing[1]} needs a value`);
  const flag = /Option '(?:-\w, )?([^']+)' does not take an argument/.exec(m);
  if (flag) return t(locale, `选项 ${flag[1]} 不带参数值`, `option ${flag[1]} takes no value`);
  return m.split('\n')[0];
}

const VALUED = new Set(['--format', '--locale', '--rule', '--template', '--jobs', '--max-warnings', '--stdin-filename', '--print-config', '--previous']);

/**
 * "--jobs -1" is a bad value, not a missing one: parseArgs would call it
 * ambiguous (in English), so a negative number is joined to its option and
 * gets the option's own message.
 */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return out.concat(argv.slice(i));
    if (VALUED.has(a) && i + 1 < argv.length && /^-\d/.test(argv[i + 1])) {
      out.push(`${a}=${argv[++i]}`);
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Only plain decimal digits: Number() would also take "0x10", "1e1", " 2" and "2.0". */
const JOBS = /^[0-9]{1,3}$/;
const COUNT = /^[0-9]{1,9}$/;
const MAX_JOBS = 64;

export function parseCliArgs(argv: string[], knownRules: ReadonlySet<string>): ParsedArgs {
  const locale0 = scanLocale(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        fix: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        locale: { type: 'string' },
        rule: { type: 'string', multiple: true },
        template: { type: 'string' },
        jobs: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        'suppress-all': { type: 'boolean' },
        'prune-suppressions': { type: 'boolean' },
        previous: { type: 'string', multiple: true },
      },
    });
  } catch (err) {
    return { kind: 'error', locale: locale0, message: describeParseError(locale0, err) };
  }
  const v = parsed.values;
  const fail = (zh: string, en: string): ParsedArgs => ({ kind: 'error', locale: locale0, message: t(locale0, zh, en) });

  let locale: Locale = 'zh-cn';
  if (v.locale !== undefined) {
    const l = parseLocale(v.locale);
    if (!l) return fail(`--locale 只能是 zh-cn 或 en，而不是“${v.locale}”`, `--locale must be zh-cn or en, not "${v.locale}"`);
    locale = l;
  }
  if (v.help) return { kind: 'help', locale };
  if (v.version) return { kind: 'version' };

  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) {
    return fail(`--format 只能是 stylish、json、sarif 或 github，而不是“${format}”`, `--format must be stylish, json, sarif or github, not "${format}"`);
  }
  const template = v.template ?? null;
  if (template !== null && template !== 'auto' && template !== '2019' && template !== '2021') {
    return fail(`--template 只能是 auto、2019 或 2021，而不是“${template}”`, `--template must be auto, 2019 or 2021, not "${template}"`);
  }
  let maxWarnings: number | null = null;
  if (v['max-warnings'] !== undefined) {
    const m = v['max-warnings'];
    if (!COUNT.test(m)) return fail(`--max-warnings 应为非负整数，而不是“${m}”`, `--max-warnings must be a non-negative integer, not "${m}"`);
    maxWarnings = Number(m);
  }
  let jobs: number | null = null;
  if (v.jobs !== undefined) {
    const n = JOBS.test(v.jobs) ? Number(v.jobs) : NaN;
    if (!(n >= 1 && n <= MAX_JOBS))
      return fail(`--jobs 应为 1 到 ${MAX_JOBS} 的整数，而不是“${v.jobs}”`, `--jobs must be an integer from 1 to ${MAX_JOBS}, not "${v.jobs}"`);
    jobs = n;
  }
  const rules: Record<string, Severity | 'off'> = {};
  for (const spec of v.rule ?? []) {
    const m = /^\s*([A-Za-z0-9_-]+)\s*[=:]\s*([A-Za-z]+)\s*$/.exec(spec);
    const level = m?.[2].toLowerCase() === 'warn' ? 'warning' : m?.[2].toLowerCase();
    if (!m || !level || !LEVELS.has(level)) {
      return fail(`--rule 的格式应为 规则=off|error|warning|info|hint，而不是“${spec}”`, `--rule must look like id=off|error|warning|info|hint, not "${spec}"`);
    }
    if (!knownRules.has(m[1])) return fail(`--rule 中的规则不存在：${m[1]}`, `--rule names an unknown rule: ${m[1]}`);
    rules[m[1]] = level as Severity | 'off';
  }
  const options: CliOptions = {
    format,
    fix: v.fix ?? false,
    locale,
    rules,
    template,
    jobs,
    maxWarnings,
    quiet: v.quiet ?? false,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'] ?? null,
    suppressAll: v['suppress-all'] ?? false,
    pruneSuppressions: v['prune-suppressions'] ?? false,
    previous: v.previous ?? [],
    paths: parsed.positionals,
  };
  if (v['print-config'] !== undefined) {
    if (v['print-config'] === '') return fail('--print-config 缺少文件名', '--print-config needs a file name');
    return { kind: 'print-config', file: v['print-config'], options };
  }
  if (options.stdinFilename !== null && !options.stdin) return fail('--stdin-filename 只能与 --stdin 同用', '--stdin-filename is only valid with --stdin');
  if (options.stdinFilename === '') return fail('--stdin-filename 缺少文件名', '--stdin-filename needs a file name');
  if (options.stdin) {
    if (options.paths.length > 0) return fail('使用 --stdin 时不能再给出文件或目录', '--stdin takes no file or directory arguments');
    // The fixed text would have to replace the report on stdout: lint a file to fix it.
    if (options.fix) return fail('--fix 不能与 --stdin 同用：请对文件运行 --fix', '--fix cannot be used with --stdin: run --fix on the file');
    if (options.suppressAll || options.pruneSuppressions) {
      return fail(
        '--suppress-all 和 --prune-suppressions 不能与 --stdin 同用：请对文件运行',
        '--suppress-all and --prune-suppressions cannot be used with --stdin: run them on the files',
      );
    }
    return { kind: 'run', options };
  }
  if (options.paths.length === 0) {
    return fail('缺少要检查的文件或目录（用 --help 查看用法）', 'no file or directory given (see --help)');
  }
  return { kind: 'run', options };
}
