// The six top-level sections, their canonical titles, accepted variants and
// the keywords that recognise them (after width/space normalisation).

import type { Msg } from '../types';
import type { SectionId } from '../model/report';

export interface SectionDef {
  id: SectionId;
  title: Msg;
  /** Normalised variant titles that mean the same section (reported as info). */
  variants: string[];
  /** Any one of these groups must fully match (all keywords of the group present). */
  keywordGroups: string[][];
}

export const SECTIONS: SectionDef[] = [
  {
    id: 1,
    title: { zh: '总体情况', en: 'Overview' },
    variants: ['概述', '基本情况', '总体概况', '总体工作情况'],
    keywordGroups: [['总体情况'], ['概述'], ['总体概况'], ['基本情况']],
  },
  {
    id: 2,
    title: { zh: '主动公开政府信息情况', en: 'Proactive disclosure' },
    variants: ['行政机关主动公开政府信息情况'],
    keywordGroups: [['主动公开']],
  },
  {
    id: 3,
    title: { zh: '收到和处理政府信息公开申请情况', en: 'Requests received and handled' },
    variants: ['行政机关收到和处理政府信息公开申请情况'],
    keywordGroups: [['收到和处理'], ['依申请'], ['收到', '申请']],
  },
  {
    id: 4,
    title: { zh: '政府信息公开行政复议、行政诉讼情况', en: 'Administrative reviews and lawsuits' },
    variants: [
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况',
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
    ],
    keywordGroups: [['行政复议'], ['行政诉讼']],
  },
  {
    id: 5,
    title: { zh: '存在的主要问题及改进情况', en: 'Main problems and improvements' },
    variants: ['政府信息公开工作存在的主要问题及改进情况', '政府信息公开工作存在的问题及改进情况', '存在问题及改进情况', '存在的问题及改进情况'],
    keywordGroups: [
      ['问题', '改进'],
      ['问题', '措施'],
      ['不足', '改进'],
      ['不足', '措施'],
      ['问题', '整改'],
      ['不足', '打算'],
      ['问题', '下一步'],
    ],
  },
  {
    id: 6,
    title: { zh: '其他需要报告的事项', en: 'Other matters to report' },
    variants: ['其他需要说明的事项', '其他事项'],
    keywordGroups: [['其他需要报告'], ['其它需要报告'], ['其他需要说明'], ['其他事项']],
  },
];

/** Topics the 2021 template requires in 一、总体情况 (any key of a topic counts). */
export const OVERVIEW_TOPICS: { topic: Msg; keys: string[] }[] = [
  { topic: { zh: '主动公开', en: 'proactive disclosure' }, keys: ['主动公开'] },
  { topic: { zh: '依申请公开', en: 'disclosure on request' }, keys: ['依申请公开', '依申请'] },
  { topic: { zh: '政府信息管理', en: 'information management' }, keys: ['政府信息管理', '信息管理'] },
  { topic: { zh: '政府信息公开平台建设', en: 'platform building' }, keys: ['平台建设', '平台'] },
  { topic: { zh: '监督保障', en: 'supervision and safeguards' }, keys: ['监督保障', '监督', '考核'] },
];
