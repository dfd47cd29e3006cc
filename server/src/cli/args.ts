// Command-line parsing with node:util parseArgs. Every mistake becomes one
// readable line (exit 2), never a stack trace; an unknown rule id is an error
// too, because a silently ignored override reads as "my config is ignored".

import { parseArgs } from 'node:util';
import type { Locale, Severity, TemplateSetting } from '../core/types';
import { t } from './messages';

export type Format = 'stylish' | 'json';

export interface CliOptions {
  format: Format;
  fix: boolean;
  locale: Locale;
  rules: Record<string, Severity | 'off'>;
  template: TemplateSetting;
  /** Worker threads; null lets the CLI decide from the input size. */
  jobs: number | null;
  paths: string[];
}

export type ParsedArgs =
  { kind: 'run'; options: CliOptions } | { kind: 'help'; locale: Locale } | { kind: 'version' } | { kind: 'error'; locale: Locale; message: string };

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

const VALUED = new Set(['--format', '--locale', '--rule', '--template', '--jobs']);

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

  const format = v.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') {
    return fail(`--format 只能是 stylish 或 json，而不是“${format}”`, `--format must be stylish or json, not "${format}"`);
  }
  const template = v.template ?? 'auto';
  if (template !== 'auto' && template !== '2019' && template !== '2021') {
    return fail(`--template 只能是 auto、2019 或 2021，而不是“${template}”`, `--template must be auto, 2019 or 2021, not "${template}"`);
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
  if (parsed.positionals.length === 0) {
    return fail('缺少要检查的文件或目录（用 --help 查看用法）', 'no file or directory given (see --help)');
  }
  return {
    kind: 'run',
    options: { format, fix: v.fix ?? false, locale, rules, template, jobs, paths: parsed.positionals },
  };
}
