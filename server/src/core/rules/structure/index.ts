import type { Rule } from '../rule';
import { rule as sectionMissing } from './section-missing';
import { rule as sectionOrder } from './section-order';
import { rule as sectionDuplicate } from './section-duplicate';
import { rule as sectionNumbering } from './section-numbering';
import { rule as sectionTitleVariant } from './section-title-variant';
import { rule as titleMissing } from './title-missing';
import { rule as reportYearMismatch } from './report-year-mismatch';
import { rule as overviewTopicMissing } from './overview-topic-missing';
import { rule as otherMattersFeeMissing } from './other-matters-fee-missing';

export const structureRules: Rule[] = [
  sectionMissing,
  sectionOrder,
  sectionDuplicate,
  sectionNumbering,
  sectionTitleVariant,
  titleMissing,
  reportYearMismatch,
  overviewTopicMissing,
  otherMattersFeeMissing,
];
