// The sentence form of a responsibility parenthetical: （X牵头，Y配合，日期前完成）, （X负责）, （由某某负责，…）.
import { describe, expect, it } from 'vitest';
import { findResponsibility, personName, readSentenceFields } from '../../../src/lib/parse/responsibility';
import { parseNotice, who } from './noticeHelpers';

describe('readSentenceFields', () => {
  it('reads lead, supporting units and a deadline from a sentence', () => {
    expect(readSentenceFields('市农业局牵头，市水务局、市财政局配合，2024年10月底前完成', 2024)).toMatchObject({
      leaders: [],
      leadUnits: ['市农业局'],
      supportUnits: ['市水务局', '市财政局'],
      deadline: { date: '2024-10-31' },
    });
  });

  it('reads 负责 as the lead unit', () => {
    expect(readSentenceFields('县民政局负责', 2024)).toMatchObject({ leadUnits: ['县民政局'], supportUnits: [] });
  });

  it('reads the leader named with the post in 由…负责', () => {
    expect(readSentenceFields('由副县长周明远负责，县教育局牵头，县财政局配合', 2024)).toMatchObject({
      leaders: ['周明远'],
      leadUnits: ['县教育局'],
      supportUnits: ['县财政局'],
    });
  });

  it('is not a responsibility when a piece reads as something else', () => {
    expect(readSentenceFields('含5个县区', 2024)).toBeNull();
    expect(readSentenceFields('试行', 2024)).toBeNull();
    expect(readSentenceFields('各地负责，力争提前完成', 2024)).toBeNull();
  });
});

describe('personName', () => {
  it('takes the post off either side of a name', () => {
    expect(personName('常务副市长丁海涛')).toBe('丁海涛');
    expect(personName('丁海涛市长')).toBe('丁海涛');
    expect(personName('市发改委')).toBeNull();
  });
});

describe('the sentence form in a notice', () => {
  it('gives each task its units and deadline, and cuts the parenthetical from the text', () => {
    const d = parseNotice(['1.建设城北污水处理厂。（市水务局牵头，市生态环境局配合，2024年11月底前完成）', '2.新增城镇就业3万人。（市人社局负责）']);
    expect(who(d)).toEqual([
      { no: '1', leaders: [], lead: ['市水务局'], support: ['市生态环境局'], date: '2024-11-30' },
      { no: '2', leaders: [], lead: ['市人社局'], support: [], date: null },
    ]);
    expect(d.tasks[0]?.text).toBe('建设城北污水处理厂。');
  });

  it('finds the group in an item with the year given', () => {
    const r = findResponsibility('推进旧城改造（由常务副市长丁海涛负责，市住建局牵头）', { year: 2024, allowUnlabeled: true });
    expect(r.groups[0]).toMatchObject({ leaders: ['丁海涛'], leadUnits: ['市住建局'] });
  });
});
