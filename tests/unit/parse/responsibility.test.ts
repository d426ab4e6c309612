import { describe, expect, it } from 'vitest';
import { findResponsibility, readAssignmentLine, splitUnits, topLevelBrackets } from '../../../src/lib/parse/responsibility';

const opts = { year: 2024, allowUnlabeled: true };

describe('splitUnits', () => {
  it('splits on 、 and ， but not inside brackets', () => {
    expect(splitUnits('市政府办公室、市司法局（市委依法治市办，市法制办）；')).toEqual(['市政府办公室', '市司法局（市委依法治市办，市法制办）']);
  });

  it('spreads a government suffix over the bare place names before it', () => {
    expect(splitUnits('市发改委，随县、广水市人民政府')).toEqual(['市发改委', '随县人民政府', '广水市人民政府']);
    expect(splitUnits('甲县、乙区管委会')).toEqual(['甲县管委会', '乙区管委会']);
    expect(splitUnits('市住建局、曾都区人民政府')).toEqual(['市住建局', '曾都区人民政府']);
  });
});

describe('findResponsibility', () => {
  it('reads leaders, lead units and supporting units, and cuts the parenthetical', () => {
    const text = '推进改革。（责任领导：张明、李强；牵头单位：市发改委；责任单位：市财政局，各县市区政府及管委会。）';
    const r = findResponsibility(text, opts);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({
      subject: null,
      leaders: ['张明', '李强'],
      leadUnits: ['市发改委'],
      supportUnits: ['市财政局', '各县市区政府及管委会'],
    });
    expect(text.slice(r.cut[0]?.start, r.cut[0]?.end).startsWith('（责任领导')).toBe(true);
  });

  it('accepts the label synonyms other notices use', () => {
    const r = findResponsibility('建设园区。（分管领导：王五；主办单位：县经信局；协办单位：县住建局；配合单位：县财政局）', opts);
    expect(r.groups[0]).toMatchObject({ leaders: ['王五'], leadUnits: ['县经信局'], supportUnits: ['县住建局', '县财政局'] });
  });

  it('reads a deadline field', () => {
    const r = findResponsibility('建成学校。（牵头单位：县教育局；完成时限：6月底前）', opts);
    expect(r.groups[0]?.deadline).toEqual({ text: '6月底前', date: '2024-06-30' });
  });

  it('reads several groups, each with the words before it as its subject', () => {
    const r = findResponsibility('改造老旧小区10个（牵头单位：市住建局），启动集中供暖工程（牵头单位：市城管委；责任单位：市国投集团）。', opts);
    expect(r.groups.map((g) => g.subject)).toEqual(['改造老旧小区10个', '启动集中供暖工程']);
    expect(r.groups[1]?.supportUnits).toEqual(['市国投集团']);
  });

  it('reads 【牵头单位】 style labels running to the end of the item', () => {
    const r = findResponsibility('优化营商环境。【牵头单位】县政务服务中心【责任单位】县市场监管局、县税务局', opts);
    expect(r.groups[0]).toMatchObject({ leadUnits: ['县政务服务中心'], supportUnits: ['县市场监管局', '县税务局'] });
  });

  it('takes an unlabeled final list of units as lead unit then supporting units', () => {
    const r = findResponsibility('实施技术改造项目50个。（市经信局、市财政局）', opts);
    expect(r.groups[0]).toMatchObject({ leadUnits: ['市经信局'], supportUnits: ['市财政局'] });
  });

  it('leaves ordinary brackets alone', () => {
    for (const text of ['在县（市）全面落实补助政策。', '新增（或维修更换）路灯2万个。', '保障性住房7万套（间）。', '修编《规划（2020—2035年）》。']) {
      expect(findResponsibility(text, opts).groups).toEqual([]);
    }
  });

  it('does not read unlabeled units when the caller does not allow it (reports)', () => {
    expect(findResponsibility('加快建设。（市经信局）', { year: null, allowUnlabeled: false }).groups).toEqual([]);
  });
});

describe('readAssignmentLine', () => {
  it('reads "以下任务由…牵头，…配合"', () => {
    expect(readAssignmentLine('以下任务由市发改委牵头，市财政局配合落实：', null)).toMatchObject({
      leadUnits: ['市发改委'],
      supportUnits: ['市财政局'],
    });
  });

  it('reads a labelled line standing alone', () => {
    expect(readAssignmentLine('牵头单位：市生态环境局；责任单位：各县市区人民政府', null)).toMatchObject({
      leadUnits: ['市生态环境局'],
      supportUnits: ['各县市区人民政府'],
    });
  });

  it('ignores a sentence that merely mentions lead units', () => {
    expect(readAssignmentLine('各牵头单位要切实履行主体责任。', null)).toBeNull();
  });
});

describe('topLevelBrackets', () => {
  it('pairs nested brackets of mixed kinds and ignores unmatched ones', () => {
    expect(topLevelBrackets('a〔b（c）d〕e）f（g')).toEqual([{ start: 1, end: 8 }]);
  });
});
