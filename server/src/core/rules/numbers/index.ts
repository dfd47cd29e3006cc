import type { Rule } from '../rule';
import { rule as numberFullwidthDigit } from './number-fullwidth-digit';
import { rule as numberStrayUnit } from './number-stray-unit';
import { rule as numberFractionCount } from './number-fraction-count';
import { rule as numberGrouping } from './number-grouping';
import { rule as numberMixedChinese } from './number-mixed-chinese';
import { rule as numberSpace } from './number-space';
import { rule as dateInvalid } from './date-invalid';

export const numberRules: Rule[] = [
  numberFullwidthDigit,
  numberStrayUnit,
  numberFractionCount,
  numberGrouping,
  numberMixedChinese,
  numberSpace,
  dateInvalid,
];
