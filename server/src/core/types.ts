// Shared vocabulary of the pure core. Offsets are UTF-16 code units into the
// document text exactly as the editor holds it (the LSP default), so adapters
// convert positions with the TextDocument API and never re-measure.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type FixClass = 'safe' | 'suggest' | 'none';
export type Generation = '2019' | '2021';
/** The template setting: a generation, or 'auto' to detect it from the tables. */
export type TemplateSetting = 'auto' | Generation;
/** The language messages are shown in (editor UI language, CLI --locale). */
export type Locale = 'zh-cn' | 'en';

/** Half-open range [start, end) of UTF-16 offsets into the source text. */
export interface Range {
  start: number;
  end: number;
}

export interface TextEdit extends Range {
  text: string;
}

/** Every user-visible string exists in Chinese first and English second. */
export interface Msg {
  zh: string;
  en: string;
}

export interface Fix {
  title: Msg;
  edits: TextEdit[];
  /** Safe fixes are applied by fix-all; the others are offered in Ctrl+. only. */
  safe: boolean;
}

export interface Related {
  /** Offsets in this report; for a cell of another report, that document's offsets. */
  range: Range;
  message: Msg;
  /** Set when the range lies in another report (last year's): where it is. */
  elsewhere?: Elsewhere;
}

/** Another report's place: its document and the range as editor positions (0-based, UTF-16). */
export interface Elsewhere {
  /** The document ('' = the document being linted: a file of merged reports). */
  uri: string;
  name: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: Msg;
  range: Range;
  fixes: Fix[];
  related?: Related[];
  /** Hover/explanations: e.g. the equation behind an arithmetic finding. */
  detail?: Msg;
}

/** A message in the given language (Chinese unless English was asked for). */
export function say(m: Msg, locale: Locale): string {
  return locale === 'en' ? m.en || m.zh : m.zh;
}

export function msg(zh: string, en: string): Msg {
  return { zh, en };
}
