// Who leads in a bare unit list: a （牵头） mark, a letter saying the first unit listed leads, a shared level prefix.
import { describe, expect, it } from 'vitest';
import { readLabeledFields, saysFirstListedLeads, splitUnits } from '../../../src/lib/parse/responsibility';
import { parseNotice, who } from './noticeHelpers';

describe('a （牵头） mark inside a unit list', () => {
  it('makes the marked unit the lead and the others supporting, wherever it stands', () => {
    expect(readLabeledFields('责任单位：市交通局、市公安局（牵头）、市城管局', 2024)).toMatchObject({
      leadUnits: ['市公安局'],
      supportUnits: ['市交通局', '市城管局'],
    });
    expect(readLabeledFields('责任单位：市林业局(牵头)', 2024)).toMatchObject({ leadUnits: ['市林业局'], supportUnits: [] });
  });
});

describe('the first unit listed leads where the letter says so', () => {
  it('recognises the usual wordings', () => {
    expect(saysFirstListedLeads('责任单位中排在第一位的为牵头单位，其他为配合单位。')).toBe(true);
    expect(saysFirstListedLeads('列第一位的单位为牵头单位')).toBe(true);
    expect(saysFirstListedLeads('第一个单位为牵头单位。')).toBe(true);
    expect(saysFirstListedLeads('各牵头单位要加强统筹。')).toBe(false);
  });

  it('splits a bare 责任单位 list only in a notice that says so', () => {
    const line = '1、建成城市书房5个。【责任领导：韩青；责任单位：市文旅局、市财政局、市教育局】';
    expect(who(parseNotice([line], ['　　责任单位中排在第一位的为牵头单位，其他为配合单位。']))[0]).toMatchObject({
      leaders: ['韩青'],
      lead: ['市文旅局'],
      support: ['市财政局', '市教育局'],
    });
    expect(who(parseNotice([line]))[0]).toMatchObject({ lead: ['市文旅局', '市财政局', '市教育局'], support: [] });
  });
});

describe('names after the first in a list share its level prefix', () => {
  it('spreads 市 / 省 / 区 over bare department names', () => {
    expect(splitUnits('市发改委、交通局、财政局')).toEqual(['市发改委', '市交通局', '市财政局']);
    expect(splitUnits('省民政厅、住房城乡建设厅')).toEqual(['省民政厅', '省住房城乡建设厅']);
    expect(splitUnits('区住建局、生态环境分局')).toEqual(['区住建局', '区生态环境分局']);
    expect(splitUnits('市商务局、城市管理局')).toEqual(['市商务局', '市城市管理局']);
  });

  it('leaves names that carry a place of their own or are not departments', () => {
    expect(splitUnits('市发改委、高新区管委会、东川县人民政府')).toEqual(['市发改委', '高新区管委会', '东川县人民政府']);
    expect(splitUnits('市财政局、国网云岭供电公司')).toEqual(['市财政局', '国网云岭供电公司']);
    expect(splitUnits('发改委、财政局')).toEqual(['发改委', '财政局']);
  });
});

describe('labels inside one parenthesis', () => {
  it('ends a value at a comma before the next label', () => {
    expect(readLabeledFields('牵头单位：市水务局，配合单位：市财政局、市农业局，完成时限：2024年6月底前', 2024)).toMatchObject({
      leadUnits: ['市水务局'],
      supportUnits: ['市财政局', '市农业局'],
      deadline: { date: '2024-06-30' },
    });
  });

  it('names a leader without the post printed with it', () => {
    expect(readLabeledFields('责任领导：副市长秦岚、韩青；牵头单位：市商务局', 2024)).toMatchObject({ leaders: ['秦岚', '韩青'] });
  });
});

describe('more label shapes', () => {
  it('ends a value at a space before the next label', () => {
    expect(readLabeledFields('牵头单位：市水务局　配合单位：市财政局 完成时限：2024年6月底前', 2024)).toMatchObject({
      leadUnits: ['市水务局'],
      supportUnits: ['市财政局'],
      deadline: { date: '2024-06-30' },
    });
  });

  it('splits a 责任单位 label line by the letter’s first-listed rule too', () => {
    const d = parseNotice(['1. 建设城东物流园。', '责任领导：韩青', '责任单位：市商务局、市交通局'], ['　　责任单位中排在第一位的为牵头单位。']);
    expect(who(d)[0]).toMatchObject({ leaders: ['韩青'], lead: ['市商务局'], support: ['市交通局'] });
  });
});
