// A notice's place, number, date and kind are its issuer's, read from the title, the 文号 and the
// signature — not from the districts in the 主送 line or in the tasks' units.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';
import { detectKind, findDocNumber, findIssueDate } from '../../../src/lib/parse/metadata';
import { toLines } from '../../../src/lib/parse/lines';

function meta(text: string) {
  const r = parseReport(text);
  if (!r.ok) throw new Error(r.reason);
  return r.data.document;
}

const tasks = [
  '1.推进旌湖片区开发。（牵头单位：旌阳区人民政府；责任单位：市住建局）',
  '2.建设什邡经济开发区标准厂房。（牵头单位：什邡市人民政府；责任单位：德阳经济技术开发区管委会）',
  '3.完成罗江区农田改造。（牵头单位：罗江区人民政府；责任单位：市农业农村局）',
].join('\n');

describe('the issuer of a notice', () => {
  it('names the place by the issuing office, not by the districts its tasks name', () => {
    const d = meta(
      `德阳市人民政府办公室关于分解落实2022年政府工作报告重点工作任务的通知\n各县（市、区）人民政府，德阳经济技术开发区管委会：\n${tasks}\n德阳市人民政府办公室\n2022年2月8日`,
    );
    expect(d.jurisdiction).toBe('德阳市');
  });

  it('takes a county or district issuer as itself', () => {
    const d = meta(`南漳县人民政府关于分解落实2022年县政府工作报告重点工作任务的通知\n${tasks.replace(/市/g, '县')}\n南漳县人民政府\n2022年2月8日`);
    expect(d.jurisdiction).toBe('南漳县');
  });

  it('reads the place from a table title when there is no letter (一张表格的标题行)', () => {
    const d = meta(`德阳市2022年政府工作报告重点工作任务分解表\n${tasks}`);
    expect(d.jurisdiction).toBe('德阳市');
  });

  it('reads a joint issuance by the party and government offices (中共某市委办公室 某市人民政府办公室)', () => {
    const d = meta(`中共德阳市委办公室　德阳市人民政府办公室\n关于分解落实2022年政府工作报告重点工作任务的通知\n${tasks}`);
    expect(d.jurisdiction).toBe('德阳市');
  });

  it('reads the place of a department issuing the notice (某某市发展和改革委员会关于…的通知)', () => {
    const d = meta(`南漳县发展和改革局关于分解落实2022年县政府工作报告重点工作任务的通知\n${tasks.replace(/市/g, '县')}`);
    expect(d.jurisdiction).toBe('南漳县');
  });

  it('reads the 国务院 as the whole country', () => {
    const d = meta(`国务院关于落实《政府工作报告》重点工作部门分工的意见\n${tasks}`);
    expect(d.jurisdiction).toBe('全国');
  });
});

describe('文号 of every shape', () => {
  it.each([
    ['德府办〔2023〕5号', '德府办〔2023〕5号'],
    ['南政〔2019〕4号', '南政〔2019〕4号'],
    ['德市政办〔2024〕3号', '德市政办〔2024〕3号'],
    ['德府办发〔2021〕12号', '德府办发〔2021〕12号'],
    ['德府办字〔2020〕2号', '德府办字〔2020〕2号'],
  ])('reads %s', (line, want) => {
    expect(findDocNumber(`${line}\n德阳市人民政府办公室关于…的通知`)?.text).toBe(want);
  });
});

describe('the issue date', () => {
  it.each([
    ['二〇二三年二月十日', '2023-02-10'],
    ['二○二三年二月十日', '2023-02-10'],
    ['二〇二六年十二月三十一日', '2026-12-31'],
    ['2023年2月10日', '2023-02-10'],
  ])('reads %s', (line, want) => {
    expect(findIssueDate(toLines(`德阳市人民政府办公室\n${line}\n（此件公开发布）`))).toBe(want);
  });
});

describe('the issue date without a signature date', () => {
  it('takes the date of the 印发 line', () => {
    expect(findIssueDate(toLines('抄送：市委办公室。\n德阳市人民政府办公室　　2023年2月10日印发'))).toBe('2023-02-10');
  });
});

describe('the kind of a notice with a title over two lines', () => {
  it('reads 关于印发…/…任务清单的通知 as a notice', () => {
    expect(detectKind('德阳市人民政府办公室关于印发2025年政府工作报告\n重点工作任务清单的通知\n各县（市、区）人民政府：\n现将清单印发给你们。')).toBe('notice');
  });

  it('reads a letter about the report (关于做好…政府工作报告…落实的通知) as a notice', () => {
    expect(detectKind('德阳市人民政府办公室关于做好2023年政府工作报告\n重点工作落实的通知\n各县（市、区）人民政府：\n请抓好落实。')).toBe('notice');
  });

  it('reads a sheet titled …工作台账 as a notice', () => {
    expect(detectKind('德阳市2023年政府工作报告重点工作台账\n序号\t重点工作')).toBe('notice');
  });
});
