// Label lines under a task (牵头领导： / 牵头单位： / 配合单位： / 完成时限：, 分管市领导： / 部门分工： / 时间节点：),
// each line the task's own, a wrapped value and a page number between lines included.
import { describe, expect, it } from 'vitest';
import { parseNotice, who } from './noticeHelpers';

describe('label lines under a task', () => {
  it('gives every line of the run to the task above it', () => {
    const d = parseNotice([
      '1. 建设城东物流园。',
      '牵头领导：韩青',
      '牵头单位：市商务局',
      '配合单位：市交通局、市财政局',
      '完成时限：2024年8月底前',
      '2. 新建农村公路200公里。',
      '责任领导：秦岚',
      '牵头单位：市交通局',
      '协办单位：市农业农村局',
      '时间节点：2024年12月底前',
    ]);
    expect(who(d)).toEqual([
      { no: '1', leaders: ['韩青'], lead: ['市商务局'], support: ['市交通局', '市财政局'], date: '2024-08-31' },
      { no: '2', leaders: ['秦岚'], lead: ['市交通局'], support: ['市农业农村局'], date: '2024-12-31' },
    ]);
    expect(d.tasks[0]?.text).toBe('建设城东物流园。');
  });

  it('reads 部门分工 as lead and supporting units, across a wrapped line and a page number', () => {
    const d = parseNotice([
      '（一）推进城西片区改造。',
      '分管市领导：秦岚',
      '部门分工：市住建局牵头，市自然资源局、市财政局配',
      '— 2 —',
      '合',
      '时间节点：2024年10月底前',
      '（二）新增养老床位600张。',
      '分管市领导：韩青',
      '部门分工：市民政局负责',
    ]);
    expect(who(d)).toEqual([
      { no: '一', leaders: ['秦岚'], lead: ['市住建局'], support: ['市自然资源局', '市财政局'], date: '2024-10-31' },
      { no: '二', leaders: ['韩青'], lead: ['市民政局'], support: [], date: null },
    ]);
  });

  it('still reads a label line under a heading as the assignment of the tasks below it', () => {
    const d = parseNotice(['一、产业发展', '牵头单位：市工信局', '1.培育新材料产业集群。', '2.新建标准厂房10万平方米。']);
    expect(who(d).map((t) => t.lead)).toEqual([['市工信局'], ['市工信局']]);
  });
});
