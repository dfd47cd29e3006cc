// A problem in a config or suppressions file, placed in that file so the
// editor can show it as a diagnostic there and the CLI as file:line:col.

import type { Msg } from '../core/types';

export interface ConfigProblem {
  /** Absolute path of the file the problem is in. */
  file: string;
  message: Msg;
  /** Where in that file's text (UTF-16 offsets, BOM excluded); length 0 = a point. */
  offset: number;
  length: number;
  /** 1-based line and column (UTF-16 units) of `offset`, for printing. */
  line: number;
  column: number;
}

/** A problem at `offset` of `text` (the file's text, when it could be read). */
export function problemAt(file: string, text: string, offset: number, length: number, message: Msg): ConfigProblem {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, message, offset: end, length: Math.max(0, length), line, column: end - lineStart + 1 };
}

export function readProblemMessage(code: string, detail: string): Msg {
  switch (code) {
    case 'ENOENT':
      return { zh: '文件不存在', en: 'no such file' };
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有读取权限', en: 'permission denied' };
    case 'EISDIR':
      return { zh: '是目录，不是文件', en: 'is a directory' };
    case 'not-regular':
      return { zh: '不是普通文件，未读取', en: 'not a regular file; not read' };
    case 'too-large':
      return { zh: '文件过大，未读取', en: 'file too large; not read' };
    default:
      return { zh: `无法读取：${detail || code}`, en: `cannot be read: ${detail || code}` };
  }
}
