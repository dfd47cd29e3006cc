import type { Rule } from '../rule';
import { rule as tableMissing } from './table-missing';
import { rule as tableUnaligned } from './table-unaligned';
import { rule as tableTemplateOutdated } from './table-template-outdated';
import { rule as tableRowMissing } from './table-row-missing';
import { rule as tableCellCount } from './table-cell-count';
import { rule as tableCellEmpty } from './table-cell-empty';
import { rule as tableCellNotNumber } from './table-cell-not-number';
import { rule as tableCellNegative } from './table-cell-negative';
import { rule as tableCellFraction } from './table-cell-fraction';
import { rule as tableRowTotal } from './table-row-total';
import { rule as tableColumnTotal } from './table-column-total';
import { rule as tableBalance } from './table-balance';
import { rule as tableReviewTotal } from './table-review-total';
import { rule as tableMoneyUnit } from './table-money-unit';

export const tableRules: Rule[] = [
  tableMissing,
  tableUnaligned,
  tableTemplateOutdated,
  tableRowMissing,
  tableCellCount,
  tableCellEmpty,
  tableCellNotNumber,
  tableCellNegative,
  tableCellFraction,
  tableRowTotal,
  tableColumnTotal,
  tableBalance,
  tableReviewTotal,
  tableMoneyUnit,
];
