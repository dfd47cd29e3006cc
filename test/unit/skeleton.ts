// The smallest complete report: a title and the six sections with one line
// each. Tests that care about structure (splitting, the pipeline) build on it.

export const REPORT = [
  '某局2022年政府信息公开工作年度报告',
  '一、总体情况',
  '2022年，我局认真贯彻落实。',
  '二、主动公开政府信息情况',
  '（略）',
  '三、收到和处理政府信息公开申请情况',
  '（略）',
  '四、政府信息公开行政复议、行政诉讼情况',
  '（略）',
  '五、存在的主要问题及改进情况',
  '（略）',
  '六、其他需要报告的事项',
  '本机关未收取信息处理费。',
];
