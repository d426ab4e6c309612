import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';
import type { DocumentMeta } from '../../../src/lib/model/document';

/** An invented report: head lines, 各位代表：, a review naming `body` places often, a plan with main targets. */
function report(head: string[], body: string, opts: { front?: string } = {}): string {
  const front = opts.front ? `---\ntitle: ${opts.front}\n---\n\n` : '';
  return `${front}${head.join('\n')}
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，${body}地区生产总值增长5.2%。${body}规模以上工业增加值增长6%。${body}
二、2024年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3万人。
（一）扩大有效投资。推进重大项目建设，完成固定资产投资增长6%。
（二）提升城市品质。改造老旧小区50个。
`;
}

function meta(text: string): DocumentMeta {
  const r = parseReport(text, { fileName: 'x.txt' });
  if (!r.ok) throw new Error(r.reason);
  return r.data.document;
}

describe('a report’s place comes from its head, not its body', () => {
  it('a city named many times in the body does not outrank the delivery line', () => {
    const body = '与南京市合作共建园区，南京市企业来投资，南京都市圈协同发展，对接南京。';
    const m = meta(report(['政府工作报告', '——2024年1月8日在镇江市第十届人民代表大会第三次会议上', '市长 某某'], body));
    expect(m.jurisdiction).toBe('镇江市');
    expect(m.placeUnsure).toBeUndefined();
  });

  it('a province’s name is matched whole: the county whose name is inside it is not the place', () => {
    // A province often calls itself by the last two characters of its name, which is also a county's name.
    const body = '龙江振兴取得新成效，龙江制造走向全国，龙江人民团结奋斗，龙江县新建学校。';
    const m = meta(report(['政府工作报告', '——2024年1月20日在黑龙江省第十四届人民代表大会第二次会议上', '省长 某某'], body));
    expect(m.jurisdiction).toBe('黑龙江省');
    expect(m.jurisdictionLevel).toBe('province');
  });

  it('a city is not the county of the same short name, even when the title uses the short name alone', () => {
    const body = '铁岭县新建产业园，铁岭县乡村振兴，铁岭县交通改善，铁岭县旅游发展。';
    const bare = meta(report(['铁岭2024年政府工作报告', '市长 某某'], body));
    expect(bare.jurisdiction).toBe('铁岭市');
    const full = meta(report(['政府工作报告', '——2024年1月9日在铁岭市第十届人民代表大会第四次会议上'], body));
    expect(full.jurisdiction).toBe('铁岭市');
    expect(full.placeUnsure).toBeUndefined();
  });

  it('a prefecture is not its seat city: 自治州 written short with 州, and 地区', () => {
    const body = '楚雄市城区扩容，楚雄市新建医院，楚雄市老旧小区改造，楚雄市学校建设。';
    const m = meta(report(['政府工作报告', '——2024年1月12日在楚雄州第十一届人民代表大会第四次会议上', '州长 某某'], body));
    expect(m.jurisdiction).toBe('楚雄彝族自治州');
    const area = meta(report(['政府工作报告', '——2024年1月10日在阿克苏地区第三届人民代表大会第二次会议上'], '阿克苏市建设，阿克苏市发展，阿克苏市绿化。'));
    expect(area.jurisdiction).toBe('阿克苏地区');
  });

  it('a development zone in the body is never the place; named as the report’s own, it is', () => {
    const body = '经济技术开发区引进项目，开发区扩区，高新区创新，开发区营商环境，高新区孵化器。';
    const noHead = meta(report(['政府工作报告'], `${body}全市人民共同努力，襄阳市经济稳定。襄阳市`));
    expect(noHead.jurisdiction).toBe('襄阳市');
    expect(noHead.placeUnsure).toMatch(/从正文推断/);
    const own = meta(report(['廊坊经济技术开发区2024年工作报告'], body));
    expect(own.jurisdiction).toBe('廊坊经济技术开发区');
  });

  it('no place in the head: the body’s place is flagged as unsure', () => {
    const m = meta(report(['政府工作报告'], '岳阳市经济发展，岳阳市港口建设，岳阳市城市更新。'));
    expect(m.jurisdiction).toBe('岳阳市');
    expect(m.placeUnsure).toMatch(/请核对地区/);
  });

  it('a title and a delivery line naming different places: the delivery line wins, flagged', () => {
    const m = meta(report(['岳阳市政府工作报告', '——2024年1月9日在常德市第八届人民代表大会第四次会议上'], '常德发展。'));
    expect(m.jurisdiction).toBe('常德市');
    expect(m.placeUnsure).toMatch(/不一致/);
  });

  it('the speaker line and the opening sentence name the place when no delivery line does', () => {
    const bySpeaker = meta(report(['政府工作报告', '株洲市人民政府市长 某某'], '湘潭市合作，湘潭市对接，湘潭市共建。'));
    expect(bySpeaker.jurisdiction).toBe('株洲市');
    const text = report(['政府工作报告'], '湘潭市合作，湘潭市对接，湘潭市共建。').replace('我代表市人民政府', '我代表衡阳市人民政府');
    expect(meta(text).jurisdiction).toBe('衡阳市');
  });

  it('a front-matter title names the place and year', () => {
    const m = meta(report(['政府工作报告', '各界人士'], '益阳市合作。', { front: '2023年郴州市政府工作报告' }));
    expect(m.jurisdiction).toBe('郴州市');
    expect(m.year).toBe(2023);
    expect(m.yearUnsure).toBeUndefined();
  });
});

describe('a report’s year comes from its head', () => {
  it('a December delivery plans the next year, and a title’s delivery date is not a plan year', () => {
    const m = meta(report(['邵阳市政府工作报告（2023年12月28日 某某）', '——2023年12月28日在邵阳市第十七届人民代表大会第三次会议上'], '发展。'));
    expect(m.year).toBe(2024);
    expect(m.yearUnsure).toBeUndefined();
  });

  it('a title year that disagrees with the delivery date is flagged', () => {
    const m = meta(report(['2022年政府工作报告', '——2024年1月8日在邵阳市第十七届人民代表大会第三次会议上'], '发展。'));
    expect(m.year).toBe(2024);
    expect(m.yearUnsure).toMatch(/2022/);
  });

  it('no year in the head: the year read from the headings is flagged', () => {
    const m = meta(report(['政府工作报告', '——在邵阳市第十七届人民代表大会第三次会议上'], '发展。'));
    expect(m.year).toBe(2024);
    expect(m.yearUnsure).toMatch(/请核对年份/);
    const r = parseReport(report(['政府工作报告', '——在邵阳市第十七届人民代表大会第三次会议上'], '发展。'));
    expect(r.ok && r.data.warnings.some((w) => w.includes('请核对年份'))).toBe(true);
  });
});
