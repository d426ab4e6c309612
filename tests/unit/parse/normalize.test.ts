import { describe, expect, it } from 'vitest';
import { joinBrokenLines, normalizeText, toHalfWidthAlnum } from '../../../src/lib/parse/normalize';

describe('normalizeText', () => {
  it('strips the BOM and turns CRLF into LF', () => {
    expect(normalizeText('\uFEFF一、总体要求\r\n正文。\r\n')).toBe('一、总体要求\n正文。\n');
  });

  it('turns full-width digits, letters and ％ into ASCII', () => {
    expect(toHalfWidthAlnum('增长６．５％，ＧＤＰ')).toBe('增长6.5%，GDP');
  });

  it('widens ASCII punctuation that touches Chinese, but not times or thousands', () => {
    expect(normalizeText('坚持稳中求进,扎实推进;目标是:增长(左右)')).toBe('坚持稳中求进，扎实推进；目标是：增长（左右）');
    expect(normalizeText('运营时间延长至23:30—24:00。')).toBe('运营时间延长至23:30—24:00。');
  });

  it('removes newspaper page markers', () => {
    expect(normalizeText('(上接第一版)农村人居环境明显好转。')).toBe('农村人居环境明显好转。');
    expect(normalizeText('用实际行动诠释忠诚。（下转第三版）')).toBe('用实际行动诠释忠诚。');
  });

  it('removes a stray lowercase Latin word between Chinese, keeping real Latin terms', () => {
    expect(normalizeText('加大历史文化街区 and 历史建筑保护力度。')).toBe('加大历史文化街区历史建筑保护力度。');
    expect(normalizeText('实现PM2.5下降，建设5G基站，创建4A 级景区。')).toBe('实现PM2.5下降，建设5G基站，创建4A 级景区。');
  });

  it('re-joins a sentence cut after a comma, and a line cut mid-word after a sentence stop', () => {
    expect(joinBrokenLines('全面落实林长制，\n完成造林绿化1万亩。')).toBe('全面落实林长制，完成造林绿化1万亩。');
    expect(joinBrokenLines('积极扩大有效投资。加快推进随州电厂\n\n二期等项目。')).toBe('积极扩大有效投资。加快推进随州电厂二期等项目。');
  });

  it('does not glue a heading to its paragraph, nor a line to a numbered item', () => {
    expect(joinBrokenLines('（一）致力工业强市，开创新局面\n坚持工业立市。')).toBe('（一）致力工业强市，开创新局面\n坚持工业立市。');
    expect(joinBrokenLines('目标如下，\n1.地区生产总值增长6%。')).toBe('目标如下，\n1.地区生产总值增长6%。');
    expect(joinBrokenLines('2024年发展主要预期目标：\n地区生产总值增长8%。')).toBe('2024年发展主要预期目标：\n地区生产总值增长8%。');
  });

  it('continues a bullet cut by a page break on the next bullet line', () => {
    expect(joinBrokenLines('- 打通一批断头路，完成八角\n\n- 楼学校门前道路降坡工程。\n- 新增绿道15公里。')).toBe(
      '- 打通一批断头路，完成八角楼学校门前道路降坡工程。\n- 新增绿道15公里。',
    );
    expect(joinBrokenLines('- 就业\n- 教育')).toBe('- 就业\n- 教育');
  });
});
