import { describe, expect, it } from 'vitest';
import { detectKind, findDocNumber, findIssueDate, findSpeechDate, findYear, readMetadata } from '../../../src/lib/parse/metadata';
import { readDate } from '../../../src/lib/parse/preamble';
import { toLines } from '../../../src/lib/parse/lines';
import { inferJurisdiction, placeByCode, selfSuffix, shortName, superiorOf } from '../../../src/lib/parse/place';

describe('detectKind', () => {
  it('calls a letter that decomposes a report a notice', () => {
    expect(detectKind('XX政办发〔2024〕1号\n县人民政府办公室\n关于分解落实2024年政府工作报告重点任务的通知\n')).toBe('notice');
    expect(detectKind('2024年重点工作任务分工方案\n一、发展\n1.建设。（牵头单位：县发改局）\n')).toBe('notice');
  });

  it('calls numbered tasks with responsibility parentheticals a notice even without a letter head', () => {
    const items = ['1.甲。（牵头单位：市发改委）', '2.乙。（牵头单位：市财政局）', '3.丙。（牵头单位：市商务局）'].join('\n');
    expect(detectKind(`一、工作任务\n${items}`)).toBe('notice');
  });

  it('tells a summary from a full report by the title or the missing speech address', () => {
    expect(detectKind('政府工作报告摘要\n一、回顾\n')).toBe('report-summary');
    expect(detectKind('政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。')).toBe('report');
    expect(detectKind('政府工作报告\n一、回顾\n去年经济增长。')).toBe('report-summary');
  });
});

describe('findDocNumber', () => {
  it('reads any prefix ending in 发/函/字 with the year in brackets, preferring one at a line start', () => {
    expect(findDocNumber('根据《省办公厅通知》（鄂政办发〔2024〕5号）\n')?.text).toBe('鄂政办发〔2024〕5号');
    expect(findDocNumber('随政办发〔2024〕7号\n根据（鄂政办发〔2024〕5号）')).toMatchObject({ text: '随政办发〔2024〕7号', year: 2024, prefix: '随政办发' });
    expect(findDocNumber('某府办函[2023]12号')?.year).toBe(2023);
  });
});

describe('findSpeechDate', () => {
  it('reads the date a report was delivered to the congress', () => {
    expect(findSpeechDate('政府工作报告\n——2024年1月10日在某市第五届人民代表大会第四次会议上\n')).toBe('2024-01-10');
    expect(findSpeechDate('2024年1月10日，天气晴。')).toBeNull();
  });
});

describe('impossible days (2月30日) are misprints, never stored dates', () => {
  it('the speech date, the delivery line and the signature date give only real calendar days', () => {
    expect(findSpeechDate('——2024年2月30日在某市第五届人民代表大会第四次会议上')).toBeNull();
    expect(findSpeechDate('——2024年2月29日在某市第五届人民代表大会第四次会议上')).toBe('2024-02-29');
    expect(readDate('2023年2月29日')).toBeNull();
    expect(readDate('二〇二四年四月三十一日')).toBeNull();
    expect(findIssueDate(toLines('某市人民政府办公室\n2024年4月31日\n2024年5月6日'))).toBe('2024-05-06');
  });
});

describe('findYear', () => {
  it('prefers the plan year phrase, then the document number, then the issue date, then the most frequent year', () => {
    expect(findYear('回顾2023年。2024年政府工作的总体要求是：', 2020, null)).toBe(2024);
    expect(findYear('今年是关键一年。', 2024, '2024-01-23')).toBe(2024);
    expect(findYear('今年是关键一年。', null, '2025-02-01')).toBe(2025);
    expect(findYear('2022年如何，2023年如何，2023年又如何', null, null)).toBe(2023);
    expect(findYear('没有年份', null, null)).toBeNull();
  });
});

describe('places from the gazetteer', () => {
  it('shortens names by their administrative suffix', () => {
    expect(shortName('随州市')).toBe('随州');
    expect(shortName('湖北省')).toBe('湖北');
    expect(shortName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortName('随县')).toBe('随');
  });

  it('finds the superior province of a city and city of a county', () => {
    const county = placeByCode('421083');
    expect(county?.name).toBe('洪湖市');
    expect(county && superiorOf(county, 'city')?.name).toBe('荆州市');
    expect(county && superiorOf(county, 'province')?.name).toBe('湖北省');
  });

  it('picks the most mentioned place whose superiors are also mentioned, over far-away homonyms', () => {
    // 新建 and 资源 are also district/county names elsewhere; 洪湖 is coherent with 荆州 and 湖北.
    const text = '新建道路，新建学校，新建公园，盘活资源。洪湖莲藕，洪湖水产，数化洪湖。融入荆州都市圈，湖北先行区。全市上下。';
    expect(inferJurisdiction(text, { suffix: selfSuffix(text), abbreviation: null })?.name).toBe('洪湖市');
  });

  it('says nothing rather than guess from one stray word', () => {
    expect(inferJurisdiction('统筹自然资源保护。', { suffix: null, abbreviation: null })).toBeNull();
  });

  it('reads the suffix a document uses for itself', () => {
    expect(selfSuffix('我市经济稳中向好，全市上下，市政府工作。居全省前列。')).toBe('市');
    expect(selfSuffix('我县坚持，全县人民。')).toBe('县');
  });
});

describe('readMetadata', () => {
  it('gives a county notice on the city report the city as reportOf', () => {
    const text = '某县人民政府办公室\n关于分解落实市政府工作报告的通知\n曾都区人民政府：曾都区，曾都区发展。随州市，随州。\n2024年3月5日\n';
    const meta = readMetadata({ text, kind: 'notice', titleLines: [], fileName: 'a.txt' });
    expect(meta.jurisdiction).toBe('曾都区');
    expect(meta.reportOf).toBe('随州市');
    expect(meta.issuedOn).toBe('2024-03-05');
    expect(meta.fileName).toBe('a.txt');
  });
});
