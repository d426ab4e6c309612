// Tasks grouped under a leader: 一、由某某市长牵头负责的工作（4项） — the leader belongs to every task below it.
import { describe, expect, it } from 'vitest';
import { leaderOfGroupHeading } from '../../../src/lib/parse/outline';
import { parseNotice, who } from './noticeHelpers';

describe('leader group headings', () => {
  it('names the leader in the usual wordings', () => {
    expect(leaderOfGroupHeading('由丁海涛市长牵头负责的工作（3项）')).toBe('丁海涛');
    expect(leaderOfGroupHeading('常务副市长秦岚负责的工作（2项）')).toBe('秦岚');
    expect(leaderOfGroupHeading('由副市长韩青分管的工作')).toBe('韩青');
    expect(leaderOfGroupHeading('产业发展方面的工作')).toBeNull();
  });

  it('gives the leader to every task of the group, numbering restarting in each group', () => {
    const d = parseNotice([
      '一、由丁海涛市长牵头负责的工作（2项）',
      '1.地区生产总值增长6%。（牵头单位：市发改委）',
      '2.推进国企改革。（牵头单位：市国资委；配合单位：市财政局）',
      '二、由副市长韩青牵头负责的工作（1项）',
      '1.新建幼儿园6所。（牵头单位：市教育局）',
    ]);
    expect(who(d)).toEqual([
      { no: '1', leaders: ['丁海涛'], lead: ['市发改委'], support: [], date: null },
      { no: '2', leaders: ['丁海涛'], lead: ['市国资委'], support: ['市财政局'], date: null },
      { no: '1', leaders: ['韩青'], lead: ['市教育局'], support: [], date: null },
    ]);
  });

  it('keeps a leader the task names itself', () => {
    const d = parseNotice(['一、由丁海涛市长牵头负责的工作', '1.推进国企改革。（责任领导：秦岚；牵头单位：市国资委）']);
    expect(d.tasks[0]?.leaders).toEqual(['秦岚']);
  });
});
