import type { Rule } from '../rule';
import { rule as docNumberBrackets } from './doc-number-brackets';
import { rule as punctuationHalfwidth } from './punctuation-halfwidth';
import { rule as punctuationMixedBrackets } from './punctuation-mixed-brackets';

export const wordingRules: Rule[] = [docNumberBrackets, punctuationHalfwidth, punctuationMixedBrackets];
