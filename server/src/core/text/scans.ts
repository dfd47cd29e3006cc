// Scans of a report's visible text that several rules need (number chains,
// bracket pairs, spans to skip, document numbers). Each is computed on first
// use and kept with the report, so rules share one scan per report version
// instead of each scanning again, and nothing is cached beyond the report.

import { scanBrackets, type BracketScan } from './brackets';
import { docNumberBracketOffsets, scanDocNumbers, type DocNumber } from './docnumber';
import { exclusionSet, SpanSet } from './exclusions';
import { scanNumberChains, type ChainList } from './numbers';

export class TextScans {
  private _numbers?: ChainList;
  private _brackets?: BracketScan;
  private _exclusions?: SpanSet;
  private _docNumbers?: readonly DocNumber[];
  private _docNumberSpans?: SpanSet;

  constructor(readonly text: string) {}

  /** Every run of digits with its separators, in order. */
  get numbers(): ChainList {
    return (this._numbers ??= scanNumberChains(this.text));
  }

  /** URLs, e-mails, entities, clock times and ISO dates: what punctuation rules skip. */
  get exclusions(): SpanSet {
    return (this._exclusions ??= exclusionSet(this.text));
  }

  /** Document numbers (〔2019〕28号 and malformed ones). */
  get docNumbers(): readonly DocNumber[] {
    return (this._docNumbers ??= scanDocNumbers(this.text));
  }

  /** The document numbers as spans. */
  get docNumberSpans(): SpanSet {
    return (this._docNumberSpans ??= new SpanSet(this.docNumbers.map((d) => ({ start: d.start, end: d.end }))));
  }

  /** Bracket pairs within lines (document-number brackets and skipped spans left out). */
  get brackets(): BracketScan {
    return (this._brackets ??= scanBrackets(
      this.text,
      () => this.exclusions,
      () => docNumberBracketOffsets(this.docNumbers),
    ));
  }
}
