// Standard short forms of the names of Chinese government bodies and people's organisations, as used
// in notices nationwide (市发改委, 县人社局, 省卫健委). Written from the general naming conventions of
// the 2018 institutional reform, not from any one document. Each short form is the tail of a name
// after its level prefix (市, 省委, 县政府 …): 市 + 文旅局 → 市 + 文化和旅游局.

/** [short tail, full tail]; longer short forms are tried first. */
export const BODY_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  // Government departments (局 / 委)
  ['发改委', '发展和改革委员会'],
  ['发改局', '发展和改革局'],
  ['经信局', '经济和信息化局'],
  ['经信委', '经济和信息化委员会'],
  ['工信局', '工业和信息化局'],
  ['科技局', '科学技术局'],
  ['人社局', '人力资源和社会保障局'],
  ['住建局', '住房和城乡建设局'],
  ['住建委', '住房和城乡建设委员会'],
  ['自规局', '自然资源和规划局'],
  ['资规局', '自然资源和规划局'],
  ['交通局', '交通运输局'],
  ['文旅局', '文化和旅游局'],
  ['卫健委', '卫生健康委员会'],
  ['卫健局', '卫生健康局'],
  ['退役军人局', '退役军人事务局'],
  ['应急局', '应急管理局'],
  ['市场监管局', '市场监督管理局'],
  ['医保局', '医疗保障局'],
  ['城管局', '城市管理局'],
  ['城管执法局', '城市管理执法局'],
  ['城管执法委', '城市管理执法委员会'],
  ['民宗委', '民族宗教事务委员会'],
  ['民宗局', '民族宗教事务局'],
  ['国资委', '国有资产监督管理委员会'],
  ['国动办', '国防动员办公室'],
  ['人防办', '人民防空办公室'],
  ['政府办', '人民政府办公室'],
  ['外办', '外事办公室'],
  ['侨办', '侨务办公室'],
  ['台办', '台湾工作办公室'],
  // Party bodies (after 市委 / 省委 / 县委 …)
  ['委编办', '委机构编制委员会办公室'],
  ['委网信办', '委网络安全和信息化委员会办公室'],
  ['委外办', '委外事工作委员会办公室'],
  ['委农办', '委农村工作领导小组办公室'],
  ['委政法委', '委政法委员会'],
  ['委统战部', '委统一战线工作部'],
  // People's organisations
  ['残联', '残疾人联合会'],
  ['妇联', '妇女联合会'],
  ['工商联', '工商业联合会'],
  ['科协', '科学技术协会'],
  ['文联', '文学艺术界联合会'],
  ['社科联', '社会科学界联合会'],
  ['侨联', '归国华侨联合会'],
  ['供销社', '供销合作社'],
];

/**
 * Whole-name patterns: vertical agencies and banks written with or without their national parent.
 * Applied before the tail table.
 */
export const NAME_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^人行(.+)$/, '中国人民银行$1'],
  [/^人民银行(.+)$/, '中国人民银行$1'],
  [/^国家金融监(?:督)?管(?:理)?总局(.+?)监管分局$/, '$1金融监管分局'],
  [/^(.+?)金融监督管理分局$/, '$1金融监管分局'],
  [/^国家税务总局(.+税务局)$/, '$1'],
  [/^团([市省县区州])委$/, '共青团$1委'],
  [/^共产主义青年团(.+)$/, '共青团$1'],
];
