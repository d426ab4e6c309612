// Tasks without an Arabic number: （一） lines carrying their responsibility, and plain paragraphs ending （X牵头） / （X负责）.
import { describe, expect, it } from 'vitest';
import { parseNotice, who } from './noticeHelpers';

describe('tasks numbered （一）', () => {
  it('are tasks when they close with their responsibility', () => {
    const d = parseNotice(['（一）建设城北公园。（市城管局牵头，市林业局配合，2024年9月底前完成）', '（二）新增城镇就业2万人。（市人社局负责）']);
    expect(who(d)).toEqual([
      { no: '一', leaders: [], lead: ['市城管局'], support: ['市林业局'], date: '2024-09-30' },
      { no: '二', leaders: [], lead: ['市人社局'], support: [], date: null },
    ]);
  });

  it('stay headings when numbered tasks follow them', () => {
    const d = parseNotice(['（一）产业发展（市工信局牵头）', '1.培育新材料产业集群。（牵头单位：市工信局）']);
    expect(d.tasks.map((t) => t.no)).toEqual(['1']);
    expect(d.sections.some((s) => s.no === '一')).toBe(true);
  });
});

describe('unnumbered paragraphs', () => {
  it('are tasks of their own when they end with （X牵头…） or （X负责）', () => {
    const d = parseNotice(['建设城南综合体育馆（市体育局牵头，市住建局、财政局配合）。', '推进智慧停车项目（市城管局负责）。']);
    expect(who(d)).toEqual([
      { no: null, leaders: [], lead: ['市体育局'], support: ['市住建局', '市财政局'], date: null },
      { no: null, leaders: [], lead: ['市城管局'], support: [], date: null },
    ]);
    expect(d.tasks[0]?.text).toBe('建设城南综合体育馆。');
  });

  it('stand between numbered tasks', () => {
    const d = parseNotice(['1.新建农贸市场3个。（市商务局负责）', '整治背街小巷50条（市城管局负责）。', '3.新增公共停车位2000个。（市城管局牵头，市公安局配合）']);
    expect(d.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      ['1', ['市商务局']],
      [null, ['市城管局']],
      ['3', ['市城管局']],
    ]);
  });

  it('leaves a paragraph with an ordinary parenthesis alone', () => {
    const d = parseNotice(['1.推进老旧小区改造。（市住建局负责）', '其中城区改造20个（含棚户区）。']);
    expect(d.tasks).toHaveLength(1);
  });
});

describe('a （一） heading with label lines over numbered tasks', () => {
  it('stays a heading whose labels assign the tasks below it', () => {
    const d = parseNotice(['（一）产业发展', '牵头单位：市工信局', '1.培育新材料产业集群。', '2.新建标准厂房10万平方米。']);
    expect(d.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      ['1', ['市工信局']],
      ['2', ['市工信局']],
    ]);
  });
});
