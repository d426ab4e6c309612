// The notice corpus, written by hand: each notice's letter and tasks as data. make.ts renders every
// notice in its printed form (text, or a table as .docx / .xlsx / .pdf / copied text) and writes its
// gold from the SAME data, so the gold is what was written, never what a parser read.
// Task content and leader names are invented; the places are real and appear in no seed and in no
// report of tests/fixtures/corpus.

/** A task as written: units as their full names (the renderer may print a shared prefix once). */
export interface TaskSource {
  text: string;
  leaders?: string[];
  lead: string[];
  support?: string[];
  /** The deadline as printed; omitted when the task has none. */
  dl?: string;
}

export interface LeaderGroup {
  /** The group heading as printed, e.g. 一、由周海涛市长牵头负责的工作（4项） */
  heading: string;
  leaders: string[];
  tasks: TaskSource[];
}

export interface ReportingSource {
  /** The sentence of the letter that sets the rules. */
  sentence: string;
  rules: { text: string; date: string | null }[];
}

export type Form =
  | 'paren-std'
  | 'paren-city-leader'
  | 'paren-sentence'
  | 'paren-fuze-unnumbered'
  | 'paren-you'
  | 'bracket-first-leads'
  | 'labels-a'
  | 'labels-b'
  | 'labels-c'
  | 'leader-groups'
  | 'prefix-lists'
  | 'lead-mark'
  | 'unnumbered-prefix'
  | 'table';

export interface TableHeader {
  no: string;
  text: string;
  leaders: string;
  lead: string;
  support: string;
  dl: string;
}

export interface NoticeSource {
  name: string;
  place: string;
  year: number;
  form: Form;
  encoding: 'utf8' | 'gb18030';
  /** Title as printed, one entry per printed line. */
  title: string[];
  docNumber: string;
  issuer: string;
  /** The issue date as printed (2023年2月10日 or 二〇二三年二月十日) and as a date. */
  issuedText: string;
  issuedOn: string;
  mainSend: string;
  intro: string;
  reporting: ReportingSource[];
  /** A sentence of the letter placed before the tasks (e.g. 排在第一位的为牵头单位). */
  note?: string;
  ccBlock: string[];
  furniture?: 'web' | 'pdf';
  /** Hard line wraps at this many characters. */
  wrap?: number;
  tasks?: TaskSource[];
  groups?: LeaderGroup[];
  table?: { header: TableHeader; rows: TaskSource[] };
}

const H_STD: TableHeader = { no: '序号', text: '重点工作', leaders: '责任领导', lead: '牵头单位', support: '配合单位', dl: '完成时限' };

export const NOTICES: NoticeSource[] = [
  {
    name: '芜湖市_2023',
    place: '芜湖市',
    year: 2023,
    form: 'paren-std',
    encoding: 'utf8',
    title: ['芜湖市人民政府办公室关于分解落实2023年《政府工作报告》重点工作任务的通知'],
    docNumber: '芜政办〔2023〕5号',
    issuer: '芜湖市人民政府办公室',
    issuedText: '2023年2月10日',
    issuedOn: '2023-02-10',
    mainSend: '各县、区人民政府，市政府各部门、各直属机构：',
    intro: '为确保市十七届人大二次会议审议通过的《政府工作报告》确定的目标任务落到实处，经市政府同意，现将重点工作任务分解如下，请认真抓好落实。',
    reporting: [
      {
        sentence: '各牵头单位要于每月10日前将上月工作进展情况报送市政府督查室，各项任务完成后及时报送完成情况。',
        rules: [{ text: '每月10日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委各部门，市人大常委会办公室，市政协办公室。', '芜湖市人民政府办公室　　2023年2月10日印发'],
    tasks: [
      { text: '地区生产总值增长6.5%左右。', leaders: ['陈志远'], lead: ['市发展改革委'], support: ['各县区人民政府'] },
      { text: '规模以上工业增加值增长8%。', leaders: ['吴海明'], lead: ['市经济和信息化局'], support: ['市统计局'] },
      { text: '新开工亿元以上项目300个，完成投资1200亿元。', leaders: ['陈志远'], lead: ['市发展改革委'], support: ['市重点项目中心', '市财政局'] },
      { text: '新增高新技术企业200家，研发投入强度达到3.2%。', leaders: ['孙丽华'], lead: ['市科技局'], support: ['市财政局', '市统计局'] },
      { text: '建设智能网联汽车测试道路100公里。', leaders: ['吴海明'], lead: ['市经济和信息化局'], support: ['市交通运输局', '市公安局'] },
      { text: '实施城市更新项目60个，改造老旧小区80个。', leaders: ['郑国栋'], lead: ['市住房城乡建设局'], support: ['市自然资源和规划局'] },
      { text: '新增城镇就业5万人，城镇登记失业率控制在4%以内。', leaders: ['孙丽华'], lead: ['市人力资源社会保障局'], support: ['市财政局'] },
      { text: '新建改扩建中小学校12所，新增学位1.5万个。', leaders: ['孙丽华'], lead: ['市教育局'], support: ['市发展改革委', '市财政局'] },
      { text: '开展长江岸线生态修复，完成造林绿化2万亩。', leaders: ['郑国栋'], lead: ['市林业局'], support: ['市生态环境局', '市水务局'] },
      { text: '推进政务服务“一网通办”，实现高频事项全程网办。', leaders: ['何文斌'], lead: ['市数据资源局'], support: ['市政务服务管理局'] },
    ],
  },
  {
    name: '赣州市_2024',
    place: '赣州市',
    year: 2024,
    form: 'paren-city-leader',
    encoding: 'utf8',
    title: ['赣州市人民政府办公室关于印发2024年市政府', '工作报告重点工作责任分工的通知'],
    docNumber: '赣市府办〔2024〕3号',
    issuer: '赣州市人民政府办公室',
    issuedText: '二〇二四年二月二十日',
    issuedOn: '2024-02-20',
    mainSend: '各县（市、区）人民政府，市政府各部门，市直、驻市各单位：',
    intro: '经市政府同意，现将2024年市政府工作报告重点工作责任分工印发给你们，请结合实际，认真抓好贯彻落实。',
    reporting: [
      {
        sentence: '各牵头单位于每季度末月25日前将工作推进情况书面报送市政府办公室。',
        rules: [{ text: '每季度末月25日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '赣州市人民政府办公室　　2024年2月20日印发'],
    tasks: [
      {
        text: '全力推进稀土新材料产业集群建设，产业营业收入突破800亿元。',
        leaders: ['黄建军'],
        lead: ['市工业和信息化局'],
        support: ['市发展改革委', '市科技局'],
        dl: '2024年12月底前',
      },
      { text: '加快建设现代家居产业园，培育家具品牌20个。', leaders: ['黄建军'], lead: ['市工业和信息化局'], support: ['市商务局', '市市场监管局'], dl: '2024年12月底前' },
      { text: '推进赣深高铁沿线站点综合开发。', leaders: ['曾志强'], lead: ['市交通运输局'], support: ['市自然资源局'], dl: '2024年10月底前' },
      { text: '新增脐橙种植面积5万亩，建设标准化果园30个。', leaders: ['刘春梅'], lead: ['市农业农村局'], support: ['市林业局', '市财政局'], dl: '2024年11月底前' },
      { text: '完成农村公路提质改造1000公里。', leaders: ['曾志强'], lead: ['市交通运输局'], support: ['市财政局'], dl: '2024年12月底前' },
      { text: '新建城市停车位1万个。', leaders: ['钟国华'], lead: ['市城市管理局'], support: ['市住房和城乡建设局', '市公安局'], dl: '2024年9月底前' },
      { text: '开展营商环境优化提升行动，企业开办时间压缩至1个工作日。', leaders: ['钟国华'], lead: ['市行政审批局'], support: ['市市场监管局', '市税务局'], dl: '2024年6月底前' },
      { text: '建设县域医疗次中心10个。', leaders: ['刘春梅'], lead: ['市卫生健康委'], support: ['市发展改革委', '市财政局'], dl: '2024年12月底前' },
      { text: '实施红色文化传承工程，修缮革命旧址30处。', leaders: ['邱丽娟'], lead: ['市文化广电新闻出版旅游局'], support: ['市财政局'], dl: '2024年11月底前' },
      { text: '推进东江源生态保护，出境断面水质保持Ⅱ类以上。', leaders: ['邱丽娟'], lead: ['市生态环境局'], support: ['市水利局', '市林业局'], dl: '长期坚持' },
      { text: '建成保障性租赁住房5000套。', leaders: ['钟国华'], lead: ['市住房和城乡建设局'], support: ['市财政局'], dl: '2024年12月底前' },
    ],
  },
  {
    name: '盐城市_2021',
    place: '盐城市',
    year: 2021,
    form: 'paren-sentence',
    encoding: 'gb18030',
    title: ['盐城市人民政府办公室关于做好2021年政府工作报告', '重点任务分解落实工作的通知'],
    docNumber: '盐政办发〔2021〕12号',
    issuer: '盐城市人民政府办公室',
    issuedText: '2021年2月25日',
    issuedOn: '2021-02-25',
    mainSend: '各县（市、区）人民政府，盐城经济技术开发区、城南新区管委会，市各委、办、局，市各直属单位：',
    intro: '为全面完成市八届人大五次会议确定的各项目标任务，经市政府同意，现将《政府工作报告》重点任务分解如下。',
    reporting: [
      {
        sentence: '各牵头单位须于每季度结束后5个工作日内，将任务推进情况报送市政府督查室。',
        rules: [{ text: '每季度结束后5个工作日内', date: null }],
      },
    ],
    ccBlock: ['抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。', '盐城市人民政府办公室　　2021年2月25日印发'],
    tasks: [
      { text: '加快海上风电基地建设，新增装机容量100万千瓦。', lead: ['市发展改革委'], support: ['市自然资源和规划局', '市海洋局'], dl: '2021年12月底前' },
      { text: '推动新能源汽车产业提档升级，整车产量达到30万辆。', lead: ['市工业和信息化局'], support: ['市科技局', '市财政局'], dl: '2021年12月底前' },
      { text: '建设沿海湿地生态廊道，修复滩涂湿地3万亩。', lead: ['市生态环境局'], support: ['市林业局', '市农业农村局'], dl: '2021年11月底前' },
      { text: '推进港口集疏运体系建设，港口货物吞吐量增长10%。', lead: ['市交通运输局'], support: ['市港口集团'], dl: '2021年12月底前' },
      { text: '新建5G基站3000个。', lead: ['市工业和信息化局'], support: ['市通信发展管理办公室'], dl: '2021年10月底前' },
      { text: '实施高标准农田建设40万亩。', lead: ['市农业农村局'], support: ['市财政局', '市水利局'], dl: '2021年12月底前' },
      { text: '开展城市黑臭水体整治，消除劣V类水体。', lead: ['市住房和城乡建设局'], support: ['市生态环境局'], dl: '2021年9月底前' },
      { text: '新增城镇就业6万人。', lead: ['市人力资源和社会保障局'], dl: '2021年12月底前' },
      { text: '完成农村危房改造2000户。', lead: ['市住房和城乡建设局'], support: ['市财政局'], dl: '2021年11月底前' },
      { text: '建设智慧养老服务平台，覆盖全部街道。', lead: ['市民政局'], support: ['市大数据集团'], dl: '2021年12月底前' },
    ],
  },
  {
    name: '宿迁市_2022',
    place: '宿迁市',
    year: 2022,
    form: 'paren-fuze-unnumbered',
    encoding: 'utf8',
    title: ['宿迁市人民政府关于分解落实2022年政府工作报告目标任务的通知'],
    docNumber: '宿政〔2022〕4号',
    issuer: '宿迁市人民政府',
    issuedText: '2022年2月16日',
    issuedOn: '2022-02-16',
    mainSend: '各县、区人民政府，市各开发区、新区、园区管委会，市各委、办、局，市各直属单位：',
    intro: '现将2022年政府工作报告确定的目标任务分解下达给你们，请抓紧制定具体推进措施。',
    reporting: [
      {
        sentence: '各责任单位于逢双月5日前将上两月工作进展情况报送市政府督查室。',
        rules: [{ text: '逢双月5日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '宿迁市人民政府办公室　　2022年2月16日印发'],
    tasks: [
      { text: '推动酒业、食品产业提质增效，规模以上企业营业收入增长12%。', lead: ['市工业和信息化局'] },
      { text: '加快绿色家居产业集聚发展，新增亿元以上项目20个。', lead: ['市工业和信息化局'], support: ['市商务局'] },
      { text: '推进洪泽湖生态保护，实施退圩还湖5万亩。', lead: ['市水利局'] },
      { text: '建设电商直播基地10个，网络零售额增长15%。', lead: ['市商务局'] },
      { text: '实施农村人居环境整治提升行动。', lead: ['市农业农村局'], support: ['市住房和城乡建设局'] },
      { text: '新改建农村公路500公里。', lead: ['市交通运输局'] },
      { text: '推进义务教育优质均衡发展，新建学校8所。', lead: ['市教育局'] },
      { text: '完善城乡居民医保制度，参保率稳定在98%以上。', lead: ['市医疗保障局'] },
      { text: '开展安全生产专项整治三年行动。', lead: ['市应急管理局'] },
    ],
  },
  {
    name: '平江县_2025',
    place: '平江县',
    year: 2025,
    form: 'paren-you',
    encoding: 'utf8',
    title: ['平江县人民政府办公室关于分解落实2025年县政府工作报告重点工作任务的通知'],
    docNumber: '平政办〔2025〕2号',
    issuer: '平江县人民政府办公室',
    issuedText: '2025年3月3日',
    issuedOn: '2025-03-03',
    mainSend: '各乡镇人民政府，县直各单位：',
    intro: '为确保县十八届人大四次会议确定的目标任务全面完成，经县人民政府同意，现将重点工作任务分解如下。',
    reporting: [
      {
        sentence: '各牵头单位于6月底和12月底前分别报送半年和全年总结，报县政府督查室。',
        rules: [
          { text: '6月底', date: '2025-06-30' },
          { text: '12月底前', date: '2025-12-31' },
        ],
      },
    ],
    ccBlock: ['抄送：县委办，县人大常委会办，县政协办。', '平江县人民政府办公室　　2025年3月3日印发'],
    tasks: [
      { text: '培育食品加工产业集群，规模以上工业增加值增长8%。', leaders: ['欧阳平'], lead: ['县工业和信息化局'], support: ['县发展和改革局'] },
      { text: '推进幕阜山旅游区提质升级，接待游客突破1500万人次。', leaders: ['李卫红'], lead: ['县文化旅游广电体育局'], support: ['县交通运输局'] },
      { text: '落实减税降费政策，全年为市场主体减负2亿元。', leaders: ['欧阳平'], lead: ['县财政局'], support: ['县税务局'] },
      { text: '建设高标准农田3万亩。', leaders: ['罗建新'], lead: ['县农业农村局'], support: ['县财政局', '县水利局'] },
      { text: '完成县城老旧小区改造20个。', leaders: ['李卫红'], lead: ['县住房和城乡建设局'], support: ['县财政局'] },
      { text: '新建乡镇污水处理设施5处。', leaders: ['罗建新'], lead: ['县生态环境局'], support: ['县住房和城乡建设局'] },
      { text: '实施义务教育薄弱学校改造项目12个。', leaders: ['李卫红'], lead: ['县教育局'], support: ['县财政局'] },
      { text: '推进县人民医院新院建设。', leaders: ['欧阳平'], lead: ['县卫生健康局'], support: ['县发展和改革局'] },
    ],
  },
  {
    name: '鄞州区_2024',
    place: '鄞州区',
    year: 2024,
    form: 'bracket-first-leads',
    encoding: 'utf8',
    title: ['鄞州区人民政府办公室关于印发2024年区政府工作报告', '重点工作任务分工方案的通知'],
    docNumber: '鄞政办发〔2024〕7号',
    issuer: '鄞州区人民政府办公室',
    issuedText: '2024年2月28日',
    issuedOn: '2024-02-28',
    mainSend: '各镇人民政府、街道办事处，区政府各部门、各直属单位：',
    intro: '《2024年区政府工作报告重点工作任务分工方案》已经区政府同意，现印发给你们，请认真组织实施。',
    note: '责任单位中排在第一位的为牵头单位，其他为配合单位。',
    reporting: [
      {
        sentence: '各牵头单位于3月底前报送推进计划，并于12月10日前报送全年完成情况。',
        rules: [
          { text: '3月底前', date: '2024-03-31' },
          { text: '12月10日前', date: '2024-12-10' },
        ],
      },
    ],
    ccBlock: ['抄送：区委办，区人大办，区政协办。', '鄞州区人民政府办公室　　2024年2月28日印发'],
    tasks: [
      { text: '实施数字经济倍增计划，数字经济核心产业增加值增长10%。', leaders: ['施海峰'], lead: ['区经信局'], support: ['区发改局', '区科技局'] },
      { text: '推进南部商务区二期开发，引进总部企业10家。', leaders: ['施海峰'], lead: ['区商务局'], support: ['区投资促进中心'] },
      { text: '新增省级专精特新中小企业30家。', leaders: ['施海峰'], lead: ['区经信局'], support: ['区市场监管局'] },
      { text: '完成城中村改造8个。', leaders: ['林晓东'], lead: ['区住建局'], support: ['区自然资源和规划分局', '区财政局'] },
      { text: '建成未来社区10个。', leaders: ['林晓东'], lead: ['区住建局'], support: ['区民政局'] },
      { text: '新增婴幼儿托位1500个。', leaders: ['俞丽芳'], lead: ['区卫生健康局'], support: ['区教育局', '区财政局'] },
      { text: '推进东钱湖水环境治理，完成河道清淤50公里。', leaders: ['林晓东'], lead: ['区农业农村局'], support: ['区生态环境分局'] },
      { text: '深化“最多跑一次”改革，政务服务事项网上可办率达到100%。', leaders: ['俞丽芳'], lead: ['区行政审批服务局'], support: ['区大数据中心'] },
      { text: '建设区级全民健身中心。', leaders: ['俞丽芳'], lead: ['区文广旅体局'], support: ['区财政局'] },
    ],
  },
  {
    name: '镇江市_2020',
    place: '镇江市',
    year: 2020,
    form: 'labels-a',
    encoding: 'utf8',
    furniture: 'web',
    title: ['镇江市人民政府办公室关于分解落实2020年市政府工作报告目标任务的通知'],
    docNumber: '镇政办发〔2020〕9号',
    issuer: '镇江市人民政府办公室',
    issuedText: '2020年3月6日',
    issuedOn: '2020-03-06',
    mainSend: '各辖市、区人民政府，镇江新区、高新区管委会，市各委办局，市各直属单位：',
    intro: '经市政府同意，现将2020年市政府工作报告确定的目标任务分解如下，请各地、各部门认真贯彻落实。',
    reporting: [
      {
        sentence: '各牵头单位于每月10日前通过督查系统报送工作进展，遇有重要情况随时报告。',
        rules: [{ text: '每月10日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委各部门，市人大常委会办公室，市政协办公室。', '镇江市人民政府办公室　　2020年3月6日印发'],
    tasks: [
      { text: '做好疫情防控和复工复产工作，规模以上工业企业复工率达到100%。', leaders: ['严国强'], lead: ['市工业和信息化局'], support: ['市卫生健康委'], dl: '2020年4月底前' },
      { text: '推进航空航天产业园建设，新引进产业项目15个。', leaders: ['严国强'], lead: ['市发展改革委'], support: ['市商务局'], dl: '2020年12月底前' },
      { text: '实施长江岸线整治，腾退生产岸线5公里。', leaders: ['蒋文华'], lead: ['市水利局'], support: ['市生态环境局', '市交通运输局'], dl: '2020年10月底前' },
      { text: '建成城市快速路二期工程。', leaders: ['蒋文华'], lead: ['市住房和城乡建设局'], support: ['市财政局'], dl: '2020年12月底前' },
      { text: '新增城镇就业4万人。', leaders: ['丁秀英'], lead: ['市人力资源和社会保障局'], dl: '2020年12月底前' },
      { text: '完成农村生活污水治理行政村100个。', leaders: ['蒋文华'], lead: ['市生态环境局'], support: ['市农业农村局'], dl: '2020年11月底前' },
      { text: '新建社区养老服务中心20个。', leaders: ['丁秀英'], lead: ['市民政局'], support: ['市财政局'], dl: '2020年12月底前' },
      { text: '推进“不见面审批”改革，企业开办时间压缩至2个工作日以内。', leaders: ['严国强'], lead: ['市政务服务管理办公室'], support: ['市市场监管局'], dl: '2020年6月底前' },
    ],
  },
  {
    name: '安庆市_2019',
    place: '安庆市',
    year: 2019,
    form: 'labels-b',
    encoding: 'gb18030',
    furniture: 'pdf',
    wrap: 30,
    title: ['安庆市人民政府办公室关于分解落实2019年政府工作报告', '主要目标任务的通知'],
    docNumber: '宜政办〔2019〕6号',
    issuer: '安庆市人民政府办公室',
    issuedText: '2019年2月26日',
    issuedOn: '2019-02-26',
    mainSend: '各县（市、区）人民政府，市政府各部门、各直属机构：',
    intro: '为确保市政府工作报告确定的各项目标任务如期完成，经市政府同意，现将主要目标任务分解如下，请认真抓好落实。',
    reporting: [
      {
        sentence: '请各牵头单位于每季度末月25日前将进展情况报市政府督查室，同时抄送分管市领导。',
        rules: [{ text: '每季度末月25日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '安庆市人民政府办公室　　2019年2月26日印发'],
    tasks: [
      { text: '推进石化产业转型升级，化工新材料产值增长15%。', leaders: ['方振宇'], lead: ['市经济和信息化局'], support: ['市发展改革委', '市生态环境局'], dl: '2019年12月底前' },
      { text: '加快长江经济带绿色发展，完成沿江化工企业搬迁改造5家。', leaders: ['方振宇'], lead: ['市经济和信息化局'], support: ['市生态环境局'], dl: '2019年11月底前' },
      { text: '推进黄梅戏文化传承发展，举办黄梅戏艺术节。', leaders: ['汪晓燕'], lead: ['市文化和旅游局'], support: ['市财政局'], dl: '2019年10月底前' },
      { text: '建设天柱山旅游环线公路。', leaders: ['许国平'], lead: ['市交通运输局'], support: ['市自然资源和规划局'], dl: '2019年12月底前' },
      { text: '新增省级现代农业产业化示范区2个。', leaders: ['许国平'], lead: ['市农业农村局'], support: ['市财政局'], dl: '2019年12月底前' },
      { text: '实施城区排水防涝工程，改造易涝点20处。', leaders: ['许国平'], lead: ['市住房和城乡建设局'], support: ['市城市管理局'], dl: '2019年6月底前' },
      { text: '完成农村饮水安全巩固提升工程。', leaders: ['许国平'], lead: ['市水利局'], support: ['市卫生健康委'], dl: '2019年9月底前' },
      { text: '新增城镇就业3.5万人。', leaders: ['汪晓燕'], lead: ['市人力资源和社会保障局'], dl: '2019年12月底前' },
      { text: '建设市急救中心新址。', leaders: ['汪晓燕'], lead: ['市卫生健康委'], support: ['市发展改革委'], dl: '2019年12月底前' },
    ],
  },
  {
    name: '萍乡市_2026',
    place: '萍乡市',
    year: 2026,
    form: 'labels-c',
    encoding: 'utf8',
    title: ['萍乡市人民政府办公室', '关于分解落实2026年市政府工作报告重点工作任务的通知'],
    docNumber: '萍府办字〔2026〕8号',
    issuer: '萍乡市人民政府办公室',
    issuedText: '二〇二六年二月十二日',
    issuedOn: '2026-02-12',
    mainSend: '各县（区）人民政府、萍乡经济技术开发区管委会，市政府各部门：',
    intro: '经市政府同意，现将2026年市政府工作报告确定的重点工作任务予以分解，请各责任单位认真抓好落实。',
    reporting: [
      {
        sentence: '各牵头单位于每月10日前报送上月进展情况；需协办单位配合的事项，协办单位应提前5个工作日报牵头单位。',
        rules: [
          { text: '每月10日前', date: null },
          { text: '提前5个工作日', date: null },
        ],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '萍乡市人民政府办公室　　2026年2月12日印发'],
    tasks: [
      { text: '推进粉末冶金产业基地建设，产业主营业务收入增长12%。', leaders: ['熊志刚'], lead: ['市工业和信息化局'], support: ['市科技局'], dl: '2026年12月底前' },
      { text: '实施工业陶瓷产业链提升行动。', leaders: ['熊志刚'], lead: ['市工业和信息化局'], support: ['市商务局', '市市场监督管理局'], dl: '2026年12月底前' },
      { text: '推进武功山景区创建世界地质公园。', leaders: ['谭美华'], lead: ['市文化广电新闻出版旅游局'], support: ['市自然资源局'], dl: '2026年10月底前' },
      { text: '完成海绵城市建设项目15个。', leaders: ['彭立军'], lead: ['市住房和城乡建设局'], support: ['市水利局'], dl: '2026年11月底前' },
      { text: '新增城镇就业2.5万人。', leaders: ['谭美华'], lead: ['市人力资源和社会保障局'], dl: '2026年12月底前' },
      { text: '建设区域医疗中心。', leaders: ['谭美华'], lead: ['市卫生健康委员会'], support: ['市发展和改革委员会'], dl: '2026年12月底前' },
      { text: '推进采煤沉陷区综合治理，修复土地3000亩。', leaders: ['彭立军'], lead: ['市自然资源局'], support: ['市应急管理局', '市财政局'], dl: '2026年9月30日前' },
      { text: '完善“赣服通”萍乡分厅功能，新增高频事项100项。', leaders: ['熊志刚'], lead: ['市行政审批局'], support: ['市大数据中心'], dl: '2026年6月底前' },
      { text: '新建城市公园10个。', leaders: ['彭立军'], lead: ['市城市管理局'], dl: '2026年12月底前' },
    ],
  },
  {
    name: '宜春市_2023',
    place: '宜春市',
    year: 2023,
    form: 'leader-groups',
    encoding: 'utf8',
    title: ['宜春市人民政府办公室关于分解落实2023年政府工作报告重点工作任务的通知'],
    docNumber: '宜府办字〔2023〕4号',
    issuer: '宜春市人民政府办公室',
    issuedText: '2023年2月21日',
    issuedOn: '2023-02-21',
    mainSend: '各县（市、区）人民政府，宜春经济技术开发区、宜阳新区、明月山温泉风景名胜区管委会，市政府各部门：',
    intro: '为确保2023年政府工作报告确定的各项工作落到实处，经市政府同意，现将重点工作任务按市领导分工分解如下。',
    reporting: [
      {
        sentence: '各牵头单位于每月10日前将上月进展情况报市政府办公室，年度完成情况于12月20日前报送。',
        rules: [
          { text: '每月10日前', date: null },
          { text: '12月20日前', date: '2023-12-20' },
        ],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '宜春市人民政府办公室　　2023年2月21日印发'],
    groups: [
      {
        heading: '一、由赵立民市长牵头负责的工作（4项）',
        leaders: ['赵立民'],
        tasks: [
          { text: '全年地区生产总值增长7%。', lead: ['市发展和改革委员会'], support: ['市统计局'] },
          { text: '推进锂电新能源产业高质量发展，营业收入突破2000亿元。', lead: ['市工业和信息化局'], support: ['市科技局'] },
          { text: '深化国资国企改革，完成市属国企重组整合。', lead: ['市国有资产监督管理委员会'], support: ['市财政局'] },
          { text: '优化营商环境，市场主体增长10%。', lead: ['市市场监督管理局'], support: ['市行政审批局'] },
        ],
      },
      {
        heading: '二、由常务副市长胡建华牵头负责的工作（4项）',
        leaders: ['胡建华'],
        tasks: [
          { text: '一般公共预算收入增长6%。', lead: ['市财政局'], support: ['市税务局'] },
          { text: '完成固定资产投资增长8%。', lead: ['市发展和改革委员会'] },
          { text: '推进宜春港建设。', lead: ['市交通运输局'], support: ['市自然资源局'] },
          { text: '防范化解地方政府债务风险。', lead: ['市财政局'], support: ['市金融办'] },
        ],
      },
      {
        heading: '三、由副市长黎晓红牵头负责的工作（3项）',
        leaders: ['黎晓红'],
        tasks: [
          { text: '新增城镇就业4万人。', lead: ['市人力资源和社会保障局'] },
          { text: '新建改扩建幼儿园15所。', lead: ['市教育体育局'], support: ['市财政局'] },
          { text: '推进明月山旅游区创建国家级旅游度假区。', lead: ['市文化广电新闻出版旅游局'], support: ['明月山温泉风景名胜区管委会'] },
        ],
      },
    ],
  },
  {
    name: '陕西省_2018',
    place: '陕西省',
    year: 2018,
    form: 'prefix-lists',
    encoding: 'utf8',
    title: ['陕西省人民政府办公厅关于分解落实2018年省政府工作报告重点工作任务的通知'],
    docNumber: '陕政办发〔2018〕10号',
    issuer: '陕西省人民政府办公厅',
    issuedText: '2018年2月9日',
    issuedOn: '2018-02-09',
    mainSend: '各设区市人民政府，省人民政府各工作部门、各直属机构：',
    intro: '为做好2018年省政府工作报告确定的重点工作，经省政府同意，现将任务分解如下，请认真贯彻落实。',
    reporting: [
      {
        sentence: '各牵头部门于每季度结束后5个工作日内将进展情况报省政府督查室，7月5日前报送上半年工作总结。',
        rules: [
          { text: '每季度结束后5个工作日内', date: null },
          { text: '7月5日前', date: '2018-07-05' },
        ],
      },
    ],
    ccBlock: ['抄送：省委各部门，省人大常委会办公厅，省政协办公厅。', '陕西省人民政府办公厅　　2018年2月9日印发'],
    tasks: [
      { text: '全省生产总值增长8%左右。', leaders: ['高志明'], lead: ['省发展改革委'], support: ['省统计局', '省财政厅'] },
      { text: '推进追赶超越，规模以上工业增加值增长9%。', leaders: ['杨建国'], lead: ['省工业和信息化厅'], support: ['省发展改革委', '省科技厅'] },
      { text: '实施乡村振兴战略，新建高标准农田150万亩。', leaders: ['马东升'], lead: ['省农业厅'], support: ['省财政厅', '省水利厅', '省国土资源厅'] },
      { text: '深化铁腕治霾，关中地区PM2.5平均浓度下降5%。', leaders: ['马东升'], lead: ['省环境保护厅'], support: ['省发展改革委', '省住房城乡建设厅', '省交通运输厅'] },
      { text: '推进关中平原城市群建设。', leaders: ['高志明'], lead: ['省发展改革委'], support: ['省住房城乡建设厅', '省商务厅'] },
      { text: '完成脱贫攻坚年度任务，减少贫困人口60万人。', leaders: ['马东升'], lead: ['省扶贫办'], support: ['省民政厅', '省财政厅'] },
      { text: '新增城镇就业40万人。', leaders: ['吴丽娟'], lead: ['省人力资源社会保障厅'], support: ['省财政厅'] },
      { text: '推进秦岭生态环境保护，开展违建别墅专项整治。', leaders: ['马东升'], lead: ['省林业厅'], support: ['省国土资源厅', '省环境保护厅'] },
      { text: '建设高速公路500公里。', leaders: ['杨建国'], lead: ['省交通运输厅'], support: ['省财政厅'] },
      { text: '推进全民健康覆盖，建设县级医院能力提升项目40个。', leaders: ['吴丽娟'], lead: ['省卫生计生委'], support: ['省发展改革委', '省财政厅'] },
    ],
  },
  {
    name: '慈溪市_2021',
    place: '慈溪市',
    year: 2021,
    form: 'lead-mark',
    encoding: 'gb18030',
    title: ['慈溪市人民政府关于分解下达2021年市政府工作报告重点工作任务的通知'],
    docNumber: '慈政发〔2021〕5号',
    issuer: '慈溪市人民政府',
    issuedText: '2021年3月1日',
    issuedOn: '2021-03-01',
    mainSend: '各镇人民政府、街道办事处，市政府各部门、各直属单位：',
    intro: '现将2021年市政府工作报告确定的重点工作任务分解下达，请各责任单位抓紧制定推进方案。',
    reporting: [
      {
        sentence: '各牵头单位于每月5日前将上月推进情况报市政府办公室。',
        rules: [{ text: '每月5日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委办，市人大办，市政协办。', '慈溪市人民政府办公室　　2021年3月1日印发'],
    tasks: [
      { text: '推进家电产业智能化改造，完成技改投资80亿元。', lead: ['市经信局'], support: ['市发改局', '市财政局'], dl: '2021年12月底前' },
      { text: '加快前湾新区建设，引进亿元以上项目30个。', lead: ['市商务局'], support: ['市发改局', '市自然资源和规划局'], dl: '2021年12月底前' },
      { text: '新增国家高新技术企业120家。', lead: ['市科技局'], support: ['市经信局'], dl: '2021年11月底前' },
      { text: '完成农村生活污水治理设施提标改造50个。', lead: ['市农业农村局'], support: ['市生态环境局'], dl: '2021年10月底前' },
      { text: '推进杭州湾海岸线整治修复。', lead: ['市自然资源和规划局'], support: ['市水利局'], dl: '2021年12月底前' },
      { text: '新建改扩建学校9所。', lead: ['市教育局'], support: ['市发改局', '市住建局'], dl: '2021年9月1日前' },
      { text: '建设城市书房20个。', lead: ['市文广旅体局'], support: ['市财政局'], dl: '2021年12月底前' },
      { text: '完善外来务工人员积分制管理。', lead: ['市人力社保局'], support: ['市公安局'], dl: '2021年6月底前' },
    ],
  },
  {
    name: '柯桥区_2022',
    place: '柯桥区',
    year: 2022,
    form: 'unnumbered-prefix',
    encoding: 'utf8',
    title: ['柯桥区人民政府办公室关于分解落实2022年区政府工作报告重点任务的通知'],
    docNumber: '柯政办发〔2022〕3号',
    issuer: '柯桥区人民政府办公室',
    issuedText: '2022年2月22日',
    issuedOn: '2022-02-22',
    mainSend: '各镇人民政府、街道办事处，区政府各部门：',
    intro: '为抓好2022年区政府工作报告重点任务的落实，现将各项任务分解如下。',
    reporting: [
      {
        sentence: '各牵头单位于每季度末月25日前报送季度进展，于12月15日前报送年度总结。',
        rules: [
          { text: '每季度末月25日前', date: null },
          { text: '12月15日前', date: '2022-12-15' },
        ],
      },
    ],
    ccBlock: ['抄送：区委办，区人大办，区政协办。', '柯桥区人民政府办公室　　2022年2月22日印发'],
    tasks: [
      { text: '推进纺织印染产业集聚提升，完成印染企业搬迁入园。', lead: ['区经信局'], support: ['区发改局', '区生态环境分局'] },
      { text: '建设中国轻纺城数字贸易平台，网上交易额增长20%。', lead: ['区商务局'], support: ['区市场监管局'] },
      { text: '实施鉴湖水环境综合治理。', lead: ['区水利局'], support: ['区生态环境分局', '区农业农村局'] },
      { text: '新增规模以上工业企业100家。', lead: ['区经信局'], support: ['区统计局'] },
      { text: '打造柯桥古镇文旅街区。', lead: ['区文广旅游局'], support: ['区住建局', '区财政局'] },
      { text: '完成城市有机更新项目12个。', lead: ['区住建局'], support: ['区自然资源和规划分局'] },
      { text: '新增养老床位800张。', lead: ['区民政局'], support: ['区卫生健康局', '区财政局'] },
      { text: '推进“浙里办”柯桥专区建设。', lead: ['区大数据中心'] },
    ],
  },
  {
    name: '青海省_2025',
    place: '青海省',
    year: 2025,
    form: 'paren-city-leader',
    encoding: 'utf8',
    furniture: 'web',
    title: ['青海省人民政府办公厅关于印发2025年省政府工作报告', '重点工作任务分工方案的通知'],
    docNumber: '青政办〔2025〕11号',
    issuer: '青海省人民政府办公厅',
    issuedText: '二〇二五年二月十八日',
    issuedOn: '2025-02-18',
    mainSend: '各市、自治州人民政府，省政府各委、办、厅、局：',
    intro: '《2025年省政府工作报告重点工作任务分工方案》已经省政府同意，现印发给你们，请认真贯彻执行。',
    reporting: [
      {
        sentence: '各牵头单位于6月底和12月底前分别报送半年和全年总结，报省政府督查室。',
        rules: [
          { text: '6月底', date: '2025-06-30' },
          { text: '12月底前', date: '2025-12-31' },
        ],
      },
    ],
    ccBlock: ['抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。', '青海省人民政府办公厅　　2025年2月18日印发'],
    tasks: [
      { text: '建设国家清洁能源产业高地，新增新能源装机1000万千瓦。', leaders: ['马建平'], lead: ['省能源局'], support: ['省发展改革委', '省自然资源厅'], dl: '2025年12月底前' },
      { text: '推进盐湖资源综合利用，打造世界级盐湖产业基地。', leaders: ['马建平'], lead: ['省工业和信息化厅'], support: ['省科技厅'], dl: '2025年12月底前' },
      { text: '实施三江源生态保护和建设工程。', leaders: ['李文清'], lead: ['省林业和草原局'], support: ['省生态环境厅'], dl: '长期坚持' },
      { text: '打造国际生态旅游目的地，接待游客增长10%。', leaders: ['李文清'], lead: ['省文化和旅游厅'], support: ['省交通运输厅'], dl: '2025年11月底前' },
      { text: '完成农牧区饮水安全巩固提升工程。', leaders: ['韩志强'], lead: ['省水利厅'], support: ['省卫生健康委'], dl: '2025年10月底前' },
      { text: '新增城镇就业6万人。', leaders: ['韩志强'], lead: ['省人力资源社会保障厅'], dl: '2025年12月底前' },
      { text: '推进省内干线铁路建设。', leaders: ['马建平'], lead: ['省交通运输厅'], support: ['省发展改革委'], dl: '2025年12月底前' },
      { text: '提高城乡居民基础养老金标准。', leaders: ['韩志强'], lead: ['省人力资源社会保障厅'], support: ['省财政厅'], dl: '2025年6月底前' },
    ],
  },
  // ---------------------------------------------------------------- tables
  {
    name: '六安市_2024',
    place: '六安市',
    year: 2024,
    form: 'table',
    encoding: 'utf8',
    title: ['六安市人民政府办公室关于分解落实2024年', '政府工作报告重点工作任务的通知'],
    docNumber: '六政办〔2024〕3号',
    issuer: '六安市人民政府办公室',
    issuedText: '2024年2月23日',
    issuedOn: '2024-02-23',
    mainSend: '各县区人民政府，市开发区管委，市政府各部门、各直属机构：',
    intro: '经市政府同意，现将2024年政府工作报告重点工作任务分解表印发给你们，请认真抓好落实。',
    reporting: [
      {
        sentence: '各牵头单位于每月10日前将上月进展情况报市政府督查室。',
        rules: [{ text: '每月10日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '六安市人民政府办公室　　2024年2月23日印发'],
    table: {
      header: H_STD,
      rows: [
        { text: '地区生产总值增长6.5%', leaders: ['王东'], lead: ['市发展改革委'], support: ['市统计局'], dl: '2024年12月底' },
        { text: '固定资产投资增长8%', leaders: ['王东'], lead: ['市发展改革委'], support: ['市重点局'], dl: '2024年12月底' },
        { text: '推进大别山革命老区振兴发展', leaders: ['王东'], lead: ['市发展改革委'], support: ['市财政局', '市农业农村局'], dl: '2024年12月底' },
        { text: '新增高新技术企业100家', leaders: ['李芳'], lead: ['市科技局'], support: ['市经信局'], dl: '2024年11月底' },
        { text: '建设六安茶谷，茶产业综合产值增长10%', leaders: ['李芳'], lead: ['市农业农村局'], support: ['市林业局', '市市场监管局'], dl: '2024年12月底' },
        { text: '完成老旧小区改造50个', leaders: ['陈刚'], lead: ['市住房城乡建设局'], support: ['市财政局'], dl: '2024年10月底' },
        { text: '新建城市道路20公里', leaders: ['陈刚'], lead: ['市住房城乡建设局'], support: ['市自然资源和规划局'], dl: '2024年12月底' },
        { text: '新增城镇就业3万人', leaders: ['张丽'], lead: ['市人力资源社会保障局'], support: [], dl: '2024年12月底' },
        { text: '建设市第二人民医院新院区', leaders: ['张丽'], lead: ['市卫生健康委'], support: ['市发展改革委'], dl: '2024年12月底' },
      ],
    },
  },
  {
    name: '蚌埠市_2023',
    place: '蚌埠市',
    year: 2023,
    form: 'table',
    encoding: 'utf8',
    title: ['蚌埠市人民政府办公室关于印发2023年市政府工作报告', '重点工作任务分解表的通知'],
    docNumber: '蚌政办〔2023〕2号',
    issuer: '蚌埠市人民政府办公室',
    issuedText: '二〇二三年二月十日',
    issuedOn: '2023-02-10',
    mainSend: '各县、区人民政府，市政府各部门、各直属单位：',
    intro: '现将《2023年市政府工作报告重点工作任务分解表》印发给你们，请认真组织实施。',
    reporting: [
      {
        sentence: '各牵头单位于每季度结束后5个工作日内将进展情况报市政府办公室。',
        rules: [{ text: '每季度结束后5个工作日内', date: null }],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '蚌埠市人民政府办公室　　2023年2月10日印发'],
    table: {
      header: { no: '序号', text: '工作任务', leaders: '牵头领导', lead: '牵头单位', support: '责任单位', dl: '完成时限' },
      rows: [
        { text: '推进硅基新材料产业基地建设', leaders: ['孙伟'], lead: ['市经济和信息化局'], support: ['市发展改革委', '市科技局'], dl: '2023年12月底前' },
        { text: '打造生物基新材料产业集群', leaders: ['孙伟'], lead: ['市经济和信息化局'], support: ['市商务局'], dl: '2023年12月底前' },
        { text: '推进淮河干流蚌埠段综合治理', leaders: ['周斌'], lead: ['市水利局'], support: ['市生态环境局'], dl: '2023年11月底前' },
        { text: '建设蚌埠港二期工程', leaders: ['周斌'], lead: ['市交通运输局'], support: ['市自然资源和规划局'], dl: '2023年12月底前' },
        { text: '新增城镇就业4万人', leaders: ['吴敏'], lead: ['市人力资源和社会保障局'], support: ['各县区人民政府'], dl: '2023年12月底前' },
        { text: '新建改扩建中小学10所', leaders: ['吴敏'], lead: ['市教育局'], support: ['市财政局'], dl: '2023年9月1日前' },
        { text: '完成农村危房改造1000户', leaders: ['周斌'], lead: ['市住房和城乡建设局'], support: ['市财政局'], dl: '2023年10月底前' },
        { text: '推进政务服务“一网通办”', leaders: ['孙伟'], lead: ['市数据资源管理局'], support: ['市政务服务中心'], dl: '2023年6月底前' },
      ],
    },
  },
  {
    name: '汉中市_2022',
    place: '汉中市',
    year: 2022,
    form: 'table',
    encoding: 'utf8',
    title: ['汉中市人民政府办公室关于分解落实2022年市政府工作报告重点任务的通知'],
    docNumber: '汉市政办〔2022〕6号',
    issuer: '汉中市人民政府办公室',
    issuedText: '2022年3月2日',
    issuedOn: '2022-03-02',
    mainSend: '各县区人民政府，汉中经济技术开发区管委会，市政府各工作部门、直属机构：',
    intro: '经市政府同意，现将2022年市政府工作报告确定的重点任务分解如下。',
    reporting: [
      {
        sentence: '各牵头单位于逢双月5日前将工作进展报市政府督查室。',
        rules: [{ text: '逢双月5日前', date: null }],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '汉中市人民政府办公室　　2022年3月2日印发'],
    table: {
      header: { no: '序号', text: '主要内容', leaders: '责任领导', lead: '牵头单位', support: '配合单位', dl: '时间节点' },
      rows: [
        { text: '推进航空智造产业发展，产值增长15%', leaders: ['赵明'], lead: ['市工业和信息化局'], support: ['市发展和改革委员会'], dl: '2022年12月' },
        { text: '建设汉江生态经济带', leaders: ['赵明'], lead: ['市发展和改革委员会'], support: ['市生态环境局', '市水利局'], dl: '长期坚持' },
        { text: '打造朱鹮生态旅游品牌', leaders: ['刘洋'], lead: ['市文化和旅游局'], support: ['市林业局'], dl: '2022年10月' },
        { text: '新建茶园5万亩', leaders: ['刘洋'], lead: ['市农业农村局'], support: ['市林业局'], dl: '2022年11月' },
        { text: '完成城区雨污分流改造', leaders: ['马强'], lead: ['市住房和城乡建设局'], support: ['市城市管理执法局'], dl: '2022年9月' },
        { text: '新增城镇就业2万人', leaders: ['马强'], lead: ['市人力资源和社会保障局'], support: [], dl: '2022年12月' },
        { text: '建设市中心医院门诊综合楼', leaders: ['刘洋'], lead: ['市卫生健康委员会'], support: ['市发展和改革委员会'], dl: '2022年12月' },
        { text: '推进西成高铁汉中站综合枢纽建设', leaders: ['赵明'], lead: ['市交通运输局'], support: ['市自然资源局'], dl: '2022年12月' },
      ],
    },
  },
  {
    name: '宝鸡市_2025',
    place: '宝鸡市',
    year: 2025,
    form: 'table',
    encoding: 'utf8',
    title: ['宝鸡市人民政府办公室关于印发2025年政府工作报告', '重点工作任务清单的通知'],
    docNumber: '宝政办发〔2025〕4号',
    issuer: '宝鸡市人民政府办公室',
    issuedText: '2025年2月17日',
    issuedOn: '2025-02-17',
    mainSend: '各县区人民政府，市政府各工作部门、直属机构：',
    intro: '现将《2025年政府工作报告重点工作任务清单》印发给你们，请对照清单逐项抓好落实。',
    reporting: [
      {
        sentence: '主办单位于每月10日前报送上月办理情况，6月底和12月底前分别报送半年和全年总结。',
        rules: [
          { text: '每月10日前', date: null },
          { text: '6月底', date: '2025-06-30' },
          { text: '12月底前', date: '2025-12-31' },
        ],
      },
    ],
    ccBlock: ['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '宝鸡市人民政府办公室　　2025年2月17日印发'],
    table: {
      header: { no: '编号', text: '任务事项', leaders: '分管领导', lead: '主办', support: '协办', dl: '办结时间' },
      rows: [
        { text: '打造钛及钛合金产业集群，产值增长12%', leaders: ['郭勇'], lead: ['市工业和信息化局'], support: ['市科技局'], dl: '2025年12月31日' },
        { text: '推进高端装备制造产业园建设', leaders: ['郭勇'], lead: ['市工业和信息化局'], support: ['市发展和改革委员会'], dl: '2025年12月31日' },
        { text: '建设关中平原城市群副中心城市', leaders: ['郭勇'], lead: ['市发展和改革委员会'], support: ['市自然资源和规划局'], dl: '2025年12月31日' },
        { text: '推进法门寺文化景区提升', leaders: ['何静'], lead: ['市文化和旅游局'], support: ['市住房和城乡建设局'], dl: '2025年10月31日' },
        { text: '完成渭河生态区建设', leaders: ['何静'], lead: ['市水利局'], support: ['市生态环境局', '市林业局'], dl: '2025年11月30日' },
        { text: '新增城镇就业3万人', leaders: ['杜平'], lead: ['市人力资源和社会保障局'], support: [], dl: '2025年12月31日' },
        { text: '新建改扩建幼儿园12所', leaders: ['杜平'], lead: ['市教育局'], support: ['市财政局'], dl: '2025年9月1日' },
        { text: '实施城市燃气管网改造200公里', leaders: ['何静'], lead: ['市住房和城乡建设局'], support: ['市城市管理执法局'], dl: '2025年11月30日' },
      ],
    },
  },
  {
    name: '常熟市_2026',
    place: '常熟市',
    year: 2026,
    form: 'table',
    encoding: 'utf8',
    title: ['常熟市人民政府办公室关于分解落实2026年市政府工作报告重点工作任务的通知'],
    docNumber: '常府办〔2026〕5号',
    issuer: '常熟市人民政府办公室',
    issuedText: '2026年2月13日',
    issuedOn: '2026-02-13',
    mainSend: '各镇人民政府，各街道办事处，常熟经济技术开发区、常熟高新技术产业开发区管委会，市各委办局，市各直属单位：',
    intro: '现将2026年市政府工作报告重点工作任务分解表印发给你们，请认真抓好落实。',
    reporting: [
      {
        sentence: '各牵头单位于每季度末月25日前报送进展情况，于3月底前报送工作推进计划。',
        rules: [
          { text: '每季度末月25日前', date: null },
          { text: '3月底前', date: '2026-03-31' },
        ],
      },
    ],
    ccBlock: ['抄送：市委办，市人大办，市政协办。', '常熟市人民政府办公室　　2026年2月13日印发'],
    table: {
      header: { no: '序号', text: '重点工作', leaders: '牵头领导', lead: '牵头单位', support: '配合单位', dl: '完成时限' },
      rows: [
        { text: '推进汽车及核心零部件产业发展', leaders: ['沈伟'], lead: ['市工信局'], support: ['市发改委', '市商务局'], dl: '2026年12月底前' },
        { text: '建设长江岸线生态廊道', leaders: ['沈伟'], lead: ['市生态环境局'], support: ['市水务局'], dl: '2026年12月底前' },
        { text: '打造服装城数字化市场', leaders: ['钱丽'], lead: ['市商务局'], support: ['市市场监管局'], dl: '2026年10月底前' },
        { text: '完成老旧小区改造30个', leaders: ['陆军'], lead: ['市住建局'], support: ['市财政局'], dl: '2026年11月底前' },
        { text: '新增城镇就业1.8万人', leaders: ['钱丽'], lead: ['市人社局'], support: [], dl: '2026年12月底前' },
        { text: '建设虞山文化旅游度假区', leaders: ['钱丽'], lead: ['市文体广旅局'], support: ['市自然资源和规划局'], dl: '2026年12月底前' },
        { text: '新增养老床位500张', leaders: ['陆军'], lead: ['市民政局'], support: ['市卫健委'], dl: '2026年12月底前' },
        { text: '推进苏虞张公路改扩建', leaders: ['陆军'], lead: ['市交通运输局'], support: ['市自然资源和规划局'], dl: '2026年9月底前' },
        { text: '深化“一件事一次办”改革', leaders: ['沈伟'], lead: ['市行政审批局'], support: ['市大数据管理局'], dl: '2026年6月底前' },
      ],
    },
  },
  {
    name: '江宁区_2021',
    place: '江宁区',
    year: 2021,
    form: 'table',
    encoding: 'utf8',
    title: ['江宁区人民政府办公室关于分解落实2021年区政府工作报告', '重点工作任务的通知'],
    docNumber: '江宁政办发〔2021〕8号',
    issuer: '江宁区人民政府办公室',
    issuedText: '2021年2月24日',
    issuedOn: '2021-02-24',
    mainSend: '各街道办事处，各园区管委会，区各委、办、局，区各直属单位：',
    intro: '经区政府同意，现将2021年区政府工作报告重点工作任务分解表印发给你们。',
    reporting: [
      {
        sentence: '各牵头单位于每月10日前报送进展，于12月20日前报送全年完成情况。',
        rules: [
          { text: '每月10日前', date: null },
          { text: '12月20日前', date: '2021-12-20' },
        ],
      },
    ],
    ccBlock: ['抄送：区委办，区人大办，区政协办。', '江宁区人民政府办公室　　2021年2月24日印发'],
    table: {
      header: { no: '序号', text: '工作任务', leaders: '分管领导', lead: '牵头单位', support: '责任单位', dl: '完成时限' },
      rows: [
        { text: '推进智能电网产业集群建设', leaders: ['徐斌'], lead: ['区工信局'], support: ['区发改委'], dl: '2021年12月底前' },
        { text: '建设新能源汽车产业园', leaders: ['徐斌'], lead: ['区工信局'], support: ['区商务局'], dl: '2021年12月底前' },
        { text: '打造江宁大学城创新街区', leaders: ['朱琳'], lead: ['区科技局'], support: ['区教育局'], dl: '2021年11月底前' },
        { text: '完成秦淮河江宁段综合整治', leaders: ['王华'], lead: ['区水务局'], support: ['区生态环境局'], dl: '2021年10月底前' },
        { text: '新建农村公路50公里', leaders: ['王华'], lead: ['区交通运输局'], support: ['区财政局'], dl: '2021年12月底前' },
        { text: '新增城镇就业2万人', leaders: ['朱琳'], lead: ['区人社局'], support: [], dl: '2021年12月底前' },
        { text: '建设社区卫生服务中心5个', leaders: ['朱琳'], lead: ['区卫健委'], support: ['区发改委', '区财政局'], dl: '2021年12月底前' },
        { text: '推进美丽乡村示范区建设', leaders: ['王华'], lead: ['区农业农村局'], support: ['区财政局'], dl: '2021年12月底前' },
      ],
    },
  },
];
