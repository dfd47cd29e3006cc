// Loading a config file: JSONC, validated against the schema that ships with
// the extension, `extends` followed (relative to the file that says it; cycles
// and missing files reported where the `extends` is written). Nothing here
// throws: what is valid applies, everything else becomes a ConfigProblem.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Msg, Severity, TemplateSetting } from '../core/types';
import schema from '../../../schemas/gov-report-lint.schema.json';
import { configFilesIn } from './find';
import { nodeAt, parseJsonc, schemaProblems, type Describe } from './json';
import { problemAt, readProblemMessage, type ConfigProblem } from './problems';
import { readJsonText } from './read';

export type RuleLevel = Severity | 'off';

export interface IgnorePattern {
  /** The glob as written. */
  pattern: string;
  /** Absolute folder it is relative to: the folder of the config file that has it. */
  base: string;
}

export interface ResolvedConfig {
  /** Levels the config files set (rules not named keep their defaults). */
  rules: Record<string, RuleLevel>;
  /** Undefined when no config file sets it. */
  template?: TemplateSetting;
  /** Every file's globs, the extended files' first. */
  ignore: IgnorePattern[];
  /**
   * Where last year's reports are: absolute paths or globs (forward slashes),
   * as written by the nearest file that sets them. For the cross-year checks;
   * nothing reads it yet.
   */
  previousReports: string[];
  /** The files it was read from: the config file first, then the files it extends, in order. */
  sources: string[];
}

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  /** Every file read or looked for (missing extends targets too): what an editor watches. */
  files: string[];
}

export const LEVELS: readonly RuleLevel[] = ['off', 'hint', 'info', 'warning', 'error'];
const TEMPLATES: readonly string[] = ['auto', '2019', '2021'];
const RULE_IDS = new Set(Object.keys((schema as { properties: { rules: { properties: object } } }).properties.rules.properties));

export function emptyConfig(): ResolvedConfig {
  return { rules: {}, ignore: [], previousReports: [], sources: [] };
}

/** Messages for the places the generic schema messages would say less well. */
const describe: Describe = (e, p) => {
  const params = e.params as Record<string, unknown>;
  if (p.length === 1 && p[0] === 'rules' && e.keyword === 'additionalProperties') {
    const id = String(params.additionalProperty);
    return { zh: `未知规则：${id}（规则 id 见 docs/rules/README.md）`, en: `unknown rule: ${id} (see docs/rules/README.md for the ids)` };
  }
  if (p.length === 2 && p[0] === 'rules' && (e.keyword === 'enum' || e.keyword === 'type')) {
    return {
      zh: `规则 ${String(p[1])} 的级别应为 off、hint、info、warning 或 error`,
      en: `the level of rule ${String(p[1])} must be off, hint, info, warning or error`,
    };
  }
  if (p.length === 2 && (p[0] === 'ignore' || p[0] === 'previousReports') && e.keyword === 'pattern') {
    return { zh: `${String(p[0])} 不支持以 ! 开头的排除模式`, en: `${String(p[0])} does not support negated (!) patterns` };
  }
  return null;
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length > 0 && !s.startsWith('!')) : []);

/** What one file says, keeping only what is valid. */
interface Own {
  extends?: string;
  rules: Record<string, RuleLevel>;
  template?: TemplateSetting;
  ignore: string[];
  previousReports?: string[];
}

function validParts(value: unknown): Own {
  const own: Own = { rules: {}, ignore: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return own;
  const v = value as Record<string, unknown>;
  if (typeof v.extends === 'string' && v.extends.length > 0) own.extends = v.extends;
  if (typeof v.rules === 'object' && v.rules !== null && !Array.isArray(v.rules)) {
    for (const [id, level] of Object.entries(v.rules)) {
      if (RULE_IDS.has(id) && (LEVELS as unknown[]).includes(level)) own.rules[id] = level as RuleLevel;
    }
  }
  if (typeof v.template === 'string' && TEMPLATES.includes(v.template)) own.template = v.template as TemplateSetting;
  own.ignore = strings(v.ignore);
  if (Array.isArray(v.previousReports)) own.previousReports = strings(v.previousReports);
  return own;
}

const slashes = (p: string) => p.split(path.sep).join('/');

/** Chains longer than this are cut (a loop through a folder symlink makes ever new paths). */
const MAX_EXTENDS = 16;

/** Cycles are found by real path: a symlink to a file of the chain is the same file. */
function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

interface Referrer {
  file: string;
  text: string;
  offset: number;
  length: number;
}

function load(file: string, chain: string[], from: Referrer | null, out: LoadedConfig): ResolvedConfig {
  out.files.push(file);
  const report = (m: Msg) => {
    // A file that cannot be read is reported where it is named (an extends), else at its own start.
    out.problems.push(from ? problemAt(from.file, from.text, from.offset, from.length, m) : problemAt(file, '', 0, 0, m));
  };
  const read = readJsonText(file);
  if (!read.ok) {
    const m = readProblemMessage(read.code, read.detail);
    report(
      from
        ? { zh: `extends 指向的配置文件 ${file}：${m.zh}`, en: `the config file extended, ${file}: ${m.en}` }
        : { zh: `配置文件${m.zh}`, en: `config file: ${m.en}` },
    );
    return emptyConfig();
  }
  const { text } = read;
  const parsed = parseJsonc(file, text);
  out.problems.push(...parsed.problems, ...schemaProblems(file, text, parsed, schema, describe));
  const own = validParts(parsed.value);
  const dir = path.dirname(file);
  let base = emptyConfig();
  if (own.extends !== undefined) {
    const target = path.resolve(dir, own.extends);
    const node = nodeAt(parsed, ['extends']);
    const here: Referrer = { file, text, offset: node?.offset ?? 0, length: node?.length ?? 0 };
    const seen = [...chain, file].map(real);
    if (seen.includes(real(target))) {
      const loop = [...chain, file, target].map((f) => path.basename(f)).join(' → ');
      out.problems.push(problemAt(file, text, here.offset, here.length, { zh: `extends 形成循环：${loop}`, en: `extends forms a cycle: ${loop}` }));
    } else if (chain.length >= MAX_EXTENDS) {
      out.problems.push(
        problemAt(file, text, here.offset, here.length, {
          zh: `extends 层级超过 ${MAX_EXTENDS} 层，未继续读取`,
          en: `extends nested deeper than ${MAX_EXTENDS} files; not followed`,
        }),
      );
    } else {
      base = load(target, [...chain, file], here, out);
    }
  }
  return {
    rules: { ...base.rules, ...own.rules },
    template: own.template ?? base.template,
    ignore: [...base.ignore, ...own.ignore.map((pattern) => ({ pattern, base: dir }))],
    previousReports: own.previousReports ? own.previousReports.map((p) => slashes(path.resolve(dir, p))) : base.previousReports,
    sources: [file, ...base.sources],
  };
}

/** Loads a config file and what it extends. Never throws. */
export function loadConfig(file: string): LoadedConfig {
  const abs = path.resolve(file);
  const out: LoadedConfig = { config: emptyConfig(), problems: [], files: [] };
  out.config = load(abs, [], null, out);
  // Both names in one folder: only the first counts, and the user is told why the other is ignored.
  const [first, ...others] = configFilesIn(path.dirname(abs));
  if (first === abs) {
    for (const other of others) {
      out.problems.push(
        problemAt(other, '', 0, 0, {
          zh: `同一目录中已有 ${path.basename(first)}，本文件被忽略`,
          en: `ignored: ${path.basename(first)} in the same folder takes precedence`,
        }),
      );
    }
  }
  out.files = [...new Set(out.files)];
  return out;
}
