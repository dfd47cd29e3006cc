// JSONC text → value, with every syntax error and schema violation as a
// ConfigProblem at its place in the text. One ajv instance validates against
// the schemas that ship with the extension (schemas/), the same ones VS Code
// uses to validate and complete these files while they are edited.

import type { default as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Msg } from '../core/types';
import { problemAt, type ConfigProblem } from './problems';

export interface ParsedJson {
  /** The syntax tree, or undefined when nothing could be read. */
  tree: Node | undefined;
  /** The value, as far as the parser could recover it. */
  value: unknown;
  problems: ConfigProblem[];
}

const SYNTAX: Record<string, Msg> = {
  InvalidSymbol: { zh: '无效的符号', en: 'invalid symbol' },
  InvalidNumberFormat: { zh: '数字格式错误', en: 'invalid number format' },
  PropertyNameExpected: { zh: '此处应为属性名', en: 'property name expected' },
  ValueExpected: { zh: '此处应为值', en: 'value expected' },
  ColonExpected: { zh: '此处应为冒号', en: 'colon expected' },
  CommaExpected: { zh: '此处应为逗号', en: 'comma expected' },
  CloseBraceExpected: { zh: '缺少右花括号 }', en: 'closing brace expected' },
  CloseBracketExpected: { zh: '缺少右方括号 ]', en: 'closing bracket expected' },
  EndOfFileExpected: { zh: '此处应为文件结尾', en: 'end of file expected' },
  InvalidCommentToken: { zh: '无效的注释', en: 'invalid comment token' },
  UnexpectedEndOfComment: { zh: '注释没有结束', en: 'unexpected end of comment' },
  UnexpectedEndOfString: { zh: '字符串没有结束', en: 'unexpected end of string' },
  UnexpectedEndOfNumber: { zh: '数字没有结束', en: 'unexpected end of number' },
  InvalidUnicode: { zh: '无效的 Unicode 转义', en: 'invalid unicode sequence' },
  InvalidEscapeCharacter: { zh: '无效的转义字符', en: 'invalid escape character' },
  InvalidCharacter: { zh: '无效的字符', en: 'invalid character' },
};

/** Parses JSON with comments and trailing commas (as VS Code's JSONC mode accepts). */
export function parseJsonc(file: string, text: string): ParsedJson {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const problems = errors.map((e) => {
    const name = printParseErrorCode(e.error);
    const m = SYNTAX[name] ?? { zh: `JSON 语法错误（${name}）`, en: `JSON syntax error (${name})` };
    return problemAt(file, text, e.offset, e.length, { zh: `JSON 语法错误：${m.zh}`, en: `JSON syntax error: ${m.en}` });
  });
  return { tree, value: tree ? nodeValue(tree) : undefined, problems };
}

/** Like jsonc-parser's getNodeValue, but a duplicate key keeps its last value the way JSON.parse does. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'array':
      return (node.children ?? []).map(nodeValue);
    case 'object': {
      const out: Record<string, unknown> = Object.create(null);
      for (const p of node.children ?? []) {
        const [key, value] = p.children ?? [];
        if (key && value) out[String(key.value)] = nodeValue(value);
      }
      return out;
    }
    default:
      return node.value;
  }
}

let ajv: AjvClass | null = null;
const compiled = new Map<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    if (!ajv) {
      // Loaded on first use: most runs find no config or suppressions file and need not pay for evaluating ajv.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
      ajv = new Ajv({ allErrors: true, strict: true });
    }
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** JSON pointer → jsonc-parser path. */
function pathOf(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** How a location is named in messages: `rules.table-balance`, `ignore[2]`. */
export function displayPath(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(root)';
}

const TYPE_ZH: Record<string, string> = { string: '字符串', object: '对象', array: '数组', integer: '整数', number: '数字', boolean: '布尔值', null: 'null' };

/** One readable message per schema error; `describe` may say it better for a known place. */
export type Describe = (e: ErrorObject, path: (string | number)[]) => Msg | null;

function defaultMessage(e: ErrorObject, path: (string | number)[]): Msg {
  const where = displayPath(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return {
        zh: `${where === '(root)' ? '' : where + ' 中'}未知的设置项：${String(p.additionalProperty)}`,
        en: `unknown key${where === '(root)' ? '' : ' in ' + where}: ${String(p.additionalProperty)}`,
      };
    case 'type': {
      const t = String(p.type);
      return {
        zh: `${where} 应为${t
          .split(',')
          .map((x) => TYPE_ZH[x] ?? x)
          .join('或')}`,
        en: `${where} must be ${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t.replace(/,/g, ' or ')}`,
      };
    }
    case 'enum': {
      const list = (p.allowedValues as unknown[]).map((x) => String(x));
      return { zh: `${where} 应为以下之一：${list.join('、')}`, en: `${where} must be one of: ${list.join(', ')}` };
    }
    case 'const':
      return { zh: `${where} 应为 ${JSON.stringify(p.allowedValue)}`, en: `${where} must be ${JSON.stringify(p.allowedValue)}` };
    case 'minLength':
      return { zh: `${where} 不能为空`, en: `${where} must not be empty` };
    case 'minimum':
      return { zh: `${where} 应不小于 ${String(p.limit)}`, en: `${where} must be at least ${String(p.limit)}` };
    case 'required':
      return {
        zh: `${where === '(root)' ? '' : where + ' '}缺少 ${String(p.missingProperty)}`,
        en: `${where === '(root)' ? '' : where + ' '}missing ${String(p.missingProperty)}`,
      };
    default:
      return { zh: `${where}：${e.message ?? e.keyword}`, en: `${where}: ${e.message ?? e.keyword}` };
  }
}

/** Schema violations of `value`, each at the place in the text it concerns (one per place). */
export function schemaProblems(file: string, text: string, parsed: ParsedJson, schema: object, describe: Describe = () => null): ConfigProblem[] {
  if (parsed.value === undefined || !parsed.tree) return [];
  const validate = validator(schema);
  if (validate(parsed.value)) return [];
  // A wrong value gets one message: the allowed values say more than the type.
  const rank = (e: ErrorObject) => (e.keyword === 'enum' || e.keyword === 'const' ? 0 : e.keyword === 'type' ? 1 : 2);
  const errors = [...(validate.errors ?? [])].filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf').sort((a, b) => rank(a) - rank(b));
  const seen = new Set<string>();
  const out: ConfigProblem[] = [];
  for (const e of errors) {
    const path = pathOf(e.instancePath);
    let node = findNodeAtLocation(parsed.tree, path) ?? parsed.tree;
    let at = path;
    if (e.keyword === 'additionalProperties') {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      at = [...path, name];
      // The key itself: that is what is wrong.
      node = findNodeAtLocation(parsed.tree, at)?.parent?.children?.[0] ?? node;
    }
    const key = `${JSON.stringify(at)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problemAt(file, text, node.offset, node.length, describe(e, path) ?? defaultMessage(e, path)));
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The node at `path`, for problems the loader finds beyond the schema (a missing extends file). */
export function nodeAt(parsed: ParsedJson, path: (string | number)[]): Node | undefined {
  return parsed.tree ? findNodeAtLocation(parsed.tree, path) : undefined;
}
