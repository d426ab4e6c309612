import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractQuantities, splitMainTargets, type Quantity } from '../../../src/lib/parse/quantity';

type Row = [metric: string, verb: string | null, value: number | null, unit: string | null, qualifier: string | null];
const row = (q: Quantity): Row => [q.metric, q.verb, q.value, q.unit, q.qualifier];
const seed = (prefix: string): string => {
  const names: Record<string, string> = {
    '000': '000_cf037e789fc2945e.txt',
    '001': '001_f681927dc6cce43d.txt',
    '002': '002_cc78cbd2ab743c91.txt',
    '003': '003_75f0195620c906fb.txt',
    '004': '004_8fc95960ca065cc7.txt',
  };
  return readFileSync(new URL(`../../../seeds/${names[prefix]}`, import.meta.url), 'utf8');
};

describe('extractQuantities: one commitment per clause', () => {
  it.each<[string, Row]>([
    ['新建城市绿道12公里', ['城市绿道', '新建', 12, '公里', null]],
    ['香菇种植规模扩大到3.6亿袋', ['香菇种植规模', '扩大到', 360000000, '袋', null]],
    ['粮食产量保持在29亿斤以上', ['粮食产量', '保持在', 29, '亿斤', '以上']],
    ['新增贷款140亿元以上', ['贷款', '新增', 140, '亿元', '以上']],
    ['城镇新增就业1.6万人以上', ['城镇新增就业', null, 16000, '人', '以上']],
    ['地区生产总值增长6.5%', ['地区生产总值', '增长', 6.5, '%', null]],
    ['地区生产总值预计全年增长6.5%', ['地区生产总值', '增长', 6.5, '%', null]],
    ['城镇调查失业率5.5%左右', ['城镇调查失业率', null, 5.5, '%', '左右']],
    ['单位GDP能耗降低2.5%左右', ['单位GDP能耗', '降低', 2.5, '%', '左右']],
    ['力争全产业链产值增长6%以上', ['全产业链产值', '增长', 6, '%', '以上']],
    ['力争新能源车渗透率达到7%', ['新能源车渗透率', '达到', 7, '%', '力争']],
    ['确保年储存能力达到55万吨', ['年储存能力', '达到', 55, '万吨', '确保']],
    ['高新技术企业总数突破400家', ['高新技术企业总数', null, 400, '家', '突破']],
    ['粮食产量超过29.5亿斤', ['粮食产量', null, 29.5, '亿斤', '超过']],
    ['服务青少年不少于15万人次', ['服务青少年', null, 150000, '人次', '不少于']],
    ['城镇调查失业率控制在5.5%以内', ['城镇调查失业率', '控制在', 5.5, '%', '以内']],
    ['常住人口城镇化率提高0.5个百分点', ['常住人口城镇化率', '提高', 0.5, '个百分点', null]],
    ['全年接待游客3356万人次', ['游客', '接待', 33560000, '人次', null]],
    ['储备库、实施库项目总投资达1.5万亿元', ['储备库、实施库项目总投资', '达', 1.5, '万亿元', null]],
    ['新能源并网装机容量达368万千瓦', ['新能源并网装机容量', '达', 368, '万千瓦', null]],
    ['粮食产量跃上1.4万亿斤新台阶', ['粮食产量', '跃上', 1.4, '万亿斤', null]],
    ['地区生产总值迈上5000亿元大关', ['地区生产总值', '迈上', 5000, '亿元', null]],
    ['优良天数比例上升至87.2%', ['优良天数比例', '上升至', 87.2, '%', null]],
    ['全年发电56亿千瓦时', ['发电', null, 56, '亿千瓦时', null]],
    ['新增绿道15.3公里', ['绿道', '新增', 15.3, '公里', null]],
    ['绿地45万平方米', ['绿地', null, 45, '万平方米', null]],
    ['改造老旧小区112个', ['老旧小区', '改造', 112, '个', null]],
    ['家禽出笼7500万只', ['家禽', '出笼', 75000000, '只', null]],
    ['确保生猪出栏210万头', ['生猪', '出栏', 2100000, '头', '确保']],
    ['发放以旧换新补贴1.1亿元', ['以旧换新补贴', '发放', 1.1, '亿元', null]],
    ['投放1400万元消费券', ['消费券', '投放', 1400, '万元', null]],
    ['推动10个湖北实验室多出成果', ['湖北实验室', null, 10, '个', null]],
    ['拉动消费近10亿元', ['消费', '拉动', 10, '亿元', '近']],
    ['排查治理各类隐患4.5万余处', ['排查治理各类隐患', null, 45000, '处', '余']],
    ['新建口袋公园三个', ['口袋公园', '新建', 3, '个', null]],
    ['新增就业１．６万人', ['就业', '新增', 16000, '人', null]],
    ['社会消费品零售总额增长９％', ['社会消费品零售总额', '增长', 9, '%', null]],
    ['完成居家适老化改造562户', ['居家适老化', '改造', 562, '户', null]],
    ['基本养老、医保参保率均稳定在95%以上', ['基本养老、医保参保率', '稳定在', 95, '%', '以上']],
    ['营业收入达到1,200万元', ['营业收入', '达到', 1200, '万元', null]],
    ['力争新增绿化面积1.4万亩', ['绿化面积', '新增', 1.4, '万亩', '力争']],
    ['新增造林十万亩', ['造林', '新增', 10, '万亩', null]],
    ['完成造林绿化1万亩', ['造林绿化', '完成', 1, '万亩', null]],
    ['改造提升7个优质粮食生产基地', ['优质粮食生产基地', '改造提升', 7, '个', null]],
    ['推动日间照料中心覆盖全部社区、60%以上', ['日间照料中心覆盖全部社区', null, 60, '%', '以上']],
    ['新建和改造提升高标准农田16.5万亩', ['高标准农田', '新建和改造提升', 16.5, '万亩', null]],
    ['2024年新建充电桩500个', ['充电桩', '新建', 500, '个', null]],
    ['PM2.5平均浓度控制在35微克/立方米以内', ['PM2.5平均浓度', '控制在', 35, '微克/立方米', '以内']],
    ['培训两万人次', ['培训', '培训', 20000, '人次', null]],
    ['专汽及零部件产业产值超过650亿元', ['专汽及零部件产业产值', null, 650, '亿元', '超过']],
    ['力争零部件本地配套率达到40%', ['零部件本地配套率', '达到', 40, '%', '力争']],
  ])('%s', (text, expected) => {
    const found = extractQuantities(text);
    expect(found.map(row)).toEqual([expected]);
    expect(found[0]?.text).toBe(text);
  });
});

describe('extractQuantities: ranges, lists and stretch goals', () => {
  it.each<[string, number, number, string]>([
    ['支持每个县市区发展1—3个主导产业', 1, 3, '个'],
    ['打造3-5个特色优势主导产业', 3, 5, '个'],
    ['建设3至5个示范区', 3, 5, '个'],
    ['营业收入5-10万元', 5, 10, '万元'],
    ['新增就业1—2万人', 10000, 20000, '人'],
    ['地区生产总值增长3%-5%', 3, 5, '%'],
  ])('%s is a range', (text, value, valueMax, unit) => {
    const [q, ...rest] = extractQuantities(text);
    expect(rest).toEqual([]);
    expect([q?.value, q?.valueMax, q?.unit]).toEqual([value, valueMax, unit]);
  });

  it('reads 增长8%、力争9% as one target with a stretch value', () => {
    const text = '地区生产总值增长8%、力争9%';
    const found = extractQuantities(text);
    expect(found.map((q) => [q.metric, q.value, q.stretch])).toEqual([['地区生产总值', 8, 9]]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(text);
  });

  it('reads 争取 as a stretch marker too', () => {
    const found = extractQuantities('固定资产投资增长10%、争取12%');
    expect(found.map((q) => [q.metric, q.value, q.stretch])).toEqual([['固定资产投资', 10, 12]]);
  });

  it('reads a stretch value after a comma', () => {
    const found = extractQuantities('地区生产总值增长3%左右，力争4%。');
    expect(found.map((q) => [q.metric, q.value, q.qualifier, q.stretch])).toEqual([['地区生产总值', 3, '左右', 4]]);
  });

  it('shares the metric of 分别增长8%、6% over both values (000)', () => {
    const found = extractQuantities('全市专汽、农产品加工业产值分别增长8%、6%。');
    expect(found.map(row)).toEqual([
      ['专汽、农产品加工业产值', '增长', 8, '%', null],
      ['专汽、农产品加工业产值', '增长', 6, '%', null],
    ]);
  });

  it("leaves the place's own scope word (全市, 全省, 我市) out of the metric", () => {
    expect(extractQuantities('全省地区生产总值增长6%，我市粮食产量达到146万吨').map(row)).toEqual([
      ['地区生产总值', '增长', 6, '%', null],
      ['粮食产量', '达到', 146, '万吨', null],
    ]);
  });

  it('shares metric and verb over 60亿元，95亿元、100亿元 (004, with a stray comma)', () => {
    const text = '其中淡水产品加工、装备制造、新材料三大主导产业产值分别完成60亿元，95亿元、100亿元。';
    const found = extractQuantities(text);
    const metric = '淡水产品加工、装备制造、新材料三大主导产业产值';
    expect(found.map(row)).toEqual([
      [metric, '完成', 60, '亿元', null],
      [metric, '完成', 95, '亿元', null],
      [metric, '完成', 100, '亿元', null],
    ]);
    expect(found.map((q) => text.slice(q.start, q.end)).slice(1)).toEqual(['95亿元', '100亿元']);
  });

  it('gives a verb-only clause the metric of the clause before (…308亿元，增长15%)', () => {
    const found = extractQuantities('力争完成规模以上工业总产值308亿元，增长15%，');
    expect(found.map(row)).toEqual([
      ['规模以上工业总产值', '完成', 308, '亿元', '力争'],
      ['规模以上工业总产值', '增长', 15, '%', null],
    ]);
  });

  it('carries a leading verb over a 、 list', () => {
    const found = extractQuantities('力争新增国家级企业技术中心1家、专精特新“小巨人”2家以上');
    expect(found.map(row)).toEqual([
      ['国家级企业技术中心', '新增', 1, '家', '力争'],
      ['专精特新“小巨人”', '新增', 2, '家', '以上'],
    ]);
  });

  it('does not carry a trailing verb over a 、 list', () => {
    const found = extractQuantities('家禽出笼7500万只、水果产量19万吨、蔬菜产量160万吨');
    expect(found.map(row)).toEqual([
      ['家禽', '出笼', 75000000, '只', null],
      ['水果产量', null, 19, '万吨', null],
      ['蔬菜产量', null, 160, '万吨', null],
    ]);
  });

  it('folds a classifying figure into the metric of the count after it', () => {
    const found = extractQuantities('确保全年新引进亿元以上项目120个，其中10亿元以上项目12个，合同引资额680亿元。');
    expect(found.map(row)).toEqual([
      ['亿元以上项目', '新引进', 120, '个', '确保'],
      ['10亿元以上项目', null, 12, '个', null],
      ['合同引资额', null, 680, '亿元', null],
    ]);
    const found2 = extractQuantities('新建日产能超2万袋规模化制棒基地10个以上');
    expect(found2.map(row)).toEqual([['日产能超2万袋规模化制棒基地', '新建', 10, '个', '以上']]);
  });

  it('reads several clauses of a sentence, each with its own clause text', () => {
    const text = '建成完整社区10个，改造老旧小区112个，新增停车位3257个，改扩建农村公路362公里。';
    const found = extractQuantities(text);
    expect(found.map(row)).toEqual([
      ['完整社区', '建成', 10, '个', null],
      ['老旧小区', '改造', 112, '个', null],
      ['停车位', '新增', 3257, '个', null],
      ['农村公路', '改扩建', 362, '公里', null],
    ]);
    expect(found.map((q) => q.text)).toEqual(['建成完整社区10个', '改造老旧小区112个', '新增停车位3257个', '改扩建农村公路362公里']);
    for (const q of found) expect(text.slice(q.start, q.end)).toMatch(/^\S+\d+(个|公里)$/);
  });
});

describe('extractQuantities: what is not a quantity', () => {
  it.each([
    ['2024年是新中国成立75周年'],
    ['于2024年2月20日前报送，每月15日前报送'],
    ['编制十四五规划，谋划十五五规划'],
    ['实现优良天数增加、PM2.5下降'],
    ['创建国家5A级景区，支持珂里村创建3A级景区'],
    ['加快高铁110千伏输变电工程建设'],
    ['做好第二轮土地承包到期后再延长30年试点'],
    ['抓好第五次全国经济普查'],
    ['我市生态质量指数居全省第5'],
    ['加快五大特色产业发展，实施十大行动'],
    ['推动一二三产业融合'],
    ['重点做好八个方面工作'],
    ['办好十件民生实事'],
    ['开通24小时服务热线'],
    ['联系电话：3596635，传真：3596058'],
    ['加快随信高速、G316平林至淅河段建设'],
    ['扎实构建一级抓一级、层层抓落实的工作格局'],
    ['坚持千方百计扩大有效投资，开展百村千播'],
    ['市领导领衔推进10亿元以上项目'],
    ['新建5G基站'],
  ])('%s has none', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('reads counts of graded things without reading the grade (百亿级)', () => {
    const found = extractQuantities('谋划推进10个五百亿级项目、100个百亿级项目、1000个十亿级项目、10000个亿元级项目');
    expect(found.map((q) => [q.metric, q.value, q.unit])).toEqual([
      ['五百亿级项目', 10, '个'],
      ['百亿级项目', 100, '个'],
      ['十亿级项目', 1000, '个'],
      ['亿元级项目', 10000, '个'],
    ]);
  });

  it('keeps the count of 5G基站 but not the 5 of 5G', () => {
    expect(extractQuantities('新建5G基站782个').map(row)).toEqual([['5G基站', '新建', 782, '个', null]]);
  });
});

describe('extractQuantities on the seeds', () => {
  const has = (found: Quantity[], expected: Row) => expect(found.map(row)).toContainEqual(expected);

  it('finds the achievements of 回眸 2024 in 000', () => {
    const found = extractQuantities(seed('000'));
    has(found, ['地区生产总值', '增长', 6.5, '%', null]);
    has(found, ['绿道', '新增', 15.3, '公里', null]);
    has(found, ['老旧小区', '改造', 112, '个', null]);
    has(found, ['城镇新增就业', null, 21000, '人', null]);
    has(found, ['经营主体总量', '达', 325000, '户', null]);
    has(found, ['空气质量优良天数比例', '达', 85.2, '%', null]);
    has(found, ['城镇新增就业', null, 16000, '人', '以上']);
  });

  it('finds the task commitments of 002', () => {
    const found = extractQuantities(seed('002'));
    has(found, ['城市绿道', '新建', 12, '公里', null]);
    has(found, ['香菇种植规模', '扩大到', 360000000, '袋', null]);
    has(found, ['粮食产量', '保持在', 29, '亿斤', '以上']);
    has(found, ['贷款', '新增', 140, '亿元', '以上']);
    has(found, ['农村公路', '改扩建', 200, '公里', null]);
    has(found, ['荒山', '绿化', 5000, '亩', null]);
  });

  it('finds the province-wide figures of 003', () => {
    const found = extractQuantities(seed('003'));
    has(found, ['城镇新增就业', null, 700000, '人', '以上']);
    has(found, ['亿元以上项目', '实施', 15200, '个', null]);
    has(found, ['年度投资', null, 1.3, '万亿元', '以上']);
    has(found, ['科技型中小企业', '达到', 45000, '家', '以上']);
  });

  it('never reads a year, an ordinal or a Latin-named figure in any seed', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const text = seed(prefix);
      for (const q of extractQuantities(text)) {
        expect(q.unit).not.toBeNull();
        expect(q.start).toBeLessThanOrEqual(q.end);
        expect(text.indexOf(q.text)).toBeGreaterThanOrEqual(0);
        const words = text.slice(q.start, q.end);
        expect(words).not.toMatch(/^第|\d年/);
        // the figure itself never touches a Latin letter (5G, PM2.5); the metric may (5G工厂)
        expect(words.replace(q.metric, '')).not.toMatch(/[A-Za-z]\d|\d[A-Za-z]/);
      }
    }
  });
});

describe('splitMainTargets', () => {
  type T = [metric: string, value: number | null, unit: string | null, qualifier: string | null, stretch: number | null];
  const t = (q: Quantity): T => [q.metric, q.value, q.unit, q.qualifier, q.stretch];

  it('splits the 2023 target sentence of 001, qualitative targets included', () => {
    const sentence =
      '今年全市经济社会发展主要预期目标是:地区生产总值增长7%;规模以上工业增加值增长8%;固定资产投资增长12%;社会消费品零售总额增长10%;地方一般公共预算收入增长10%;外贸出口增长10%;城乡居民收入增速与经济发展基本同步;粮食产量达到146万吨;环境保护、节能减排完成省下达目标任务。重点做好八个方面工作:';
    const found = splitMainTargets(sentence);
    expect(found.map(t)).toEqual<T[]>([
      ['地区生产总值', 7, '%', null, null],
      ['规模以上工业增加值', 8, '%', null, null],
      ['固定资产投资', 12, '%', null, null],
      ['社会消费品零售总额', 10, '%', null, null],
      ['地方一般公共预算收入', 10, '%', null, null],
      ['外贸出口', 10, '%', null, null],
      ['城乡居民收入', null, null, null, null],
      ['粮食产量', 146, '万吨', null, null],
      ['环境保护', null, null, null, null],
      ['节能减排', null, null, null, null],
    ]);
    expect(found[6]?.text).toBe('城乡居民收入增速与经济发展基本同步');
    expect(found[8]?.text).toBe('环境保护、节能减排完成省下达目标任务');
    for (const q of found) expect(sentence.slice(q.start, q.end)).toBe(q.value === null ? q.text : sentence.slice(q.start, q.end));
    expect(sentence.slice(found[9]!.start, found[9]!.end)).toBe('环境保护、节能减排完成省下达目标任务');
  });

  it('splits the 2024 targets of 004 with stretch values', () => {
    const sentence =
      '地区生产总值增长8%、力争9%;规模以上工业增加值增长12%、力争13%,固定资产投资增长12%、力争13%,社会消费品零售总额增长10%、力争11%,进出口总额增长10%、力争11%,地方一般公共预算收入增长7.6%、力争8.5%,城乡居民收入增长与经济增长基本同步,单位GDP能耗完成省下达的任务。';
    expect(splitMainTargets(sentence).map(t)).toEqual<T[]>([
      ['地区生产总值', 8, '%', null, 9],
      ['规模以上工业增加值', 12, '%', null, 13],
      ['固定资产投资', 12, '%', null, 13],
      ['社会消费品零售总额', 10, '%', null, 11],
      ['进出口总额', 10, '%', null, 11],
      ['地方一般公共预算收入', 7.6, '%', null, 8.5],
      ['城乡居民收入', null, null, null, null],
      ['单位GDP能耗', null, null, null, null],
    ]);
  });

  it.each<[string, T[]]>([
    ['地区生产总值增长6.5%。', [['地区生产总值', 6.5, '%', null, null]]],
    ['1.地区生产总值增长6.5%。', [['地区生产总值', 6.5, '%', null, null]]],
    ['粮食产量保持在29亿斤以上。', [['粮食产量', 29, '亿斤', '以上', null]]],
    ['居民收入与经济增长同步。', [['居民收入', null, null, null, null]]],
    ['生态环保完成省定目标。', [['生态环保', null, null, null, null]]],
    ['节能减排完成省定目标。', [['节能减排', null, null, null, null]]],
    [
      '城镇新增就业70万人以上，城镇调查失业率5.5%左右。',
      [
        ['城镇新增就业', 700000, '人', '以上', null],
        ['城镇调查失业率', 5.5, '%', '左右', null],
      ],
    ],
    ['居民消费价格涨幅3%左右。', [['居民消费价格涨幅', 3, '%', '左右', null]]],
    ['4.居民收入增长和经济增长同步。', [['居民收入', null, null, null, null]]],
    ['粮食产量500亿斤以上。', [['粮食产量', 500, '亿斤', '以上', null]]],
    ['单位GDP能耗降低2.5%左右。', [['单位GDP能耗', 2.5, '%', '左右', null]]],
  ])('reads the single target %s', (sentence, expected) => {
    expect(splitMainTargets(sentence).map(t)).toEqual(expected);
  });

  it('reads a qualitative target whose metric has a Latin-named figure (PM2.5)', () => {
    expect(splitMainTargets('PM2.5平均浓度完成省下达目标；地区生产总值增长6%。').map(t)).toEqual<T[]>([
      ['PM2.5平均浓度', null, null, null, null],
      ['地区生产总值', 6, '%', null, null],
    ]);
  });

  it('keeps the whole clause as the text of a qualitative target', () => {
    const [q] = splitMainTargets('居民收入与经济增长同步。');
    expect(q).toMatchObject({ value: null, text: '居民收入与经济增长同步', start: 0, end: 11 });
  });
});

describe('robustness', () => {
  it('never throws and keeps offsets inside the text', () => {
    const alphabet = fc.constantFrom(...'0123456789.,，、；。%万亿千百十一二两三个人家元亿斤增长新建以上左右力争第年月日GA（）—-'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        (s) => {
          for (const q of [...extractQuantities(s), ...splitMainTargets(s)]) {
            expect(q.start).toBeGreaterThanOrEqual(0);
            expect(q.end).toBeLessThanOrEqual(s.length);
            expect(q.start).toBeLessThanOrEqual(q.end);
            expect(q.value === null || Number.isFinite(q.value)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        extractQuantities(s);
        splitMainTargets(s);
      }),
    );
  });

  it('finishes a 5 MB adversarial input in linear time', () => {
    const parts = ['1', '23', '万', '、', '%', '4.5', ',', '亿', '增长', '个'];
    let s = '';
    let seedValue = 7;
    while (s.length < 5_000_000) {
      seedValue = (seedValue * 1103515245 + 12345) % 2147483648;
      s += parts[seedValue % parts.length];
    }
    const commas = '1' + ',123'.repeat(1_000_000) + '4';
    const timed = (run: () => unknown): number => {
      const t0 = Date.now();
      run();
      return Date.now() - t0;
    };
    // Generous hang detectors, not speed budgets: a quadratic scan of 5 MB would take hours.
    // (About 2–3 s each on an idle machine; the margin is for CI machines running other tests.)
    expect(timed(() => extractQuantities(s))).toBeLessThan(20_000);
    expect(timed(() => extractQuantities(commas))).toBeLessThan(20_000);
    expect(timed(() => splitMainTargets(s))).toBeLessThan(20_000);
  }, 90_000);
});

describe('extractQuantities: milestones after a figure', () => {
  it('leaves 大关 out of both figures of the clause', () => {
    const rows = extractQuantities('空气质量优良天数突破300天大关、PM2.5平均浓度降至29微克/立方米').map(row);
    expect(rows.map((r) => r[0])).toEqual(['空气质量优良天数', 'PM2.5平均浓度']);
    expect(rows[1]).toEqual(['PM2.5平均浓度', '降至', 29, '微克/立方米', null]);
  });
});
