// The 督查通报 judged as of its round's deadline (ledger/roundJudgement.ts, ledger/briefing.ts) on
// 随政办发〔2024〕2号: boundaries of on time / late / missing, joint tasks per lead unit, 滞后 apart
// from not reporting, the round chosen changing the whole judgement, and the issue's own fields.
import { describe, expect, it } from 'vitest';
import { assessTasks, type AssessedTask } from '../../../src/lib/ledger/assess';
import { buildBriefing, shortText, type Briefing } from '../../../src/lib/ledger/briefing';
import { defaultPrefix, issueFor, issueProblem, issueRow, DEFAULT_RECIPIENTS } from '../../../src/lib/ledger/briefingIssue';
import { briefingBlocks, keepsWithNext, missingUnits, nextStepLines } from '../../../src/lib/ledger/briefingText';
import { verdictOf, roundReport, reportsFor } from '../../../src/lib/ledger/roundJudgement';
import { BriefingIssue } from '../../../src/lib/model/briefing';
import type { ProgressEntry } from '../../../src/lib/model/ledger';
import { entry, seed002 } from './seed';

const s = seed002();
const assess = (entries: ProgressEntry[], on: string): AssessedTask[] =>
  assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today: on });
const issue = issueFor({ document: s.document, year: 2024, round: '2024-06-15', issues: [], today: '2024-06-20' }).fields;
const brief = (entries: ProgressEntry[], today: string, round = '2024-06-15'): Briefing =>
  buildBriefing({ document: s.document, tasks: assess(entries, today), round, nextRound: '2024-07-15', issue, today });
const unit = (b: Briefing, name: string) => b.units.find((u) => u.unit === name);

const single = s.tasks.find((t) => t.leadUnits.length === 1 && t.category !== 'livelihood' && t.no === '10') ?? s.task('10');
const joint = s.tasks.find((t) => t.leadUnits.length >= 2);
if (!joint) throw new Error('the seed has no joint task');
const [unitA, unitB] = joint.leadUnits as [string, string];
const ownUnit = single.leadUnits[0] as string;

describe('a report for the June round, judged as of its deadline', () => {
  const june = { start: '2024-04-16', due: '2024-06-15' };

  it('is on time on the deadline day, late the day after, missing without one', () => {
    expect(verdictOf({ reportedOn: '2024-06-15' }, june)).toBe('on-time');
    expect(verdictOf({ reportedOn: '2024-06-16' }, june)).toBe('late');
    expect(verdictOf(null, june)).toBe('missing');
    const onDay = brief([entry(s, single, { reportedOn: '2024-06-15', period: '2024-06-15' })], '2024-06-20');
    expect(onDay.units.find((u) => u.unit === ownUnit)?.lateTasks.map((t) => t.taskId)).not.toContain(single.id);
    expect(onDay.units.find((u) => u.unit === ownUnit)?.missingTasks.map((t) => t.taskId)).not.toContain(single.id);
    const dayAfter = brief([entry(s, single, { reportedOn: '2024-06-16', period: '2024-06-15' })], '2024-06-20');
    expect(unit(dayAfter, ownUnit)?.lateTasks.map((t) => [t.taskId, t.reportedOn])).toContainEqual([single.id, '2024-06-16']);
    const none = brief([], '2024-06-20');
    expect(unit(none, ownUnit)?.missingTasks.map((t) => t.taskId)).toContain(single.id);
  });

  it('files a report naming no round as the ledger does (rounds.ts): the deadline day on time, the day after late for the missed round', () => {
    const b = brief([entry(s, single, { reportedOn: '2024-06-15', period: null })], '2024-06-20');
    expect(b.onTime).toBe(1);
    const next = brief([entry(s, single, { reportedOn: '2024-06-16', period: null })], '2024-06-20');
    expect(next.onTime).toBe(0);
    expect(next.late).toBe(1);
  });

  it('is not judged by the lights of today: a June report stays on time in a 通报 made in October', () => {
    const es = [entry(s, single, { reportedOn: '2024-06-12', period: '2024-06-15' })];
    const later = assess(es, '2024-10-20').find((t) => t.task.id === single.id);
    expect(later?.pace.light).toBe('red'); // today's light: the October round was missed
    const b = brief(es, '2024-10-20');
    expect(b.onTime).toBe(1);
    expect(unit(b, ownUnit)?.missingTasks.map((t) => t.taskId)).not.toContain(single.id);
  });

  it('counts a joint task for each lead unit: a report naming its unit is that unit’s only', () => {
    expect(reportsFor({ unit: '' }, unitA)).toBe(true);
    expect(reportsFor({ unit: unitA }, unitB)).toBe(false);
    expect(reportsFor({ unit: `${unitA}、${unitB}` }, unitB)).toBe(true); // the form's default names every lead unit
    const byA = brief([entry(s, joint, { reportedOn: '2024-06-10', period: '2024-06-15', unit: unitA })], '2024-06-20');
    expect(unit(byA, unitA)?.missingTasks.map((t) => t.taskId)).not.toContain(joint.id);
    expect(unit(byA, unitB)?.missingTasks.map((t) => t.taskId)).toContain(joint.id);
    expect(byA.onTime).toBe(1);
    expect(byA.duties).toBe(byA.units.reduce((n, u) => n + u.due, 0));
    expect(byA.duties).toBeGreaterThan(byA.tasksDue); // joint tasks count once per lead unit
    const unnamed = brief([entry(s, joint, { reportedOn: '2024-06-10', period: '2024-06-15' })], '2024-06-20');
    expect(unnamed.onTime).toBe(joint.leadUnits.length);
    const filed = [{ entry: entry(s, joint, { reportedOn: '2024-06-10', period: '2024-06-15', unit: unitB }), round: june, late: false, closes: false }];
    expect(roundReport(filed, june, unitA)).toBeNull();
    expect(roundReport(filed, june, unitB)?.unit).toBe(unitB);
  });

  it('keeps 滞后 apart from not reporting: reported on time and behind', () => {
    const b = brief([entry(s, single, { reportedOn: '2024-06-14', period: '2024-06-15', status: '滞后', note: '征地拆迁未完成' })], '2024-06-20');
    expect(b.behind.map((i) => [i.taskId, i.note])).toEqual([[single.id, '征地拆迁未完成']]);
    expect(b.onTime).toBe(1);
    expect(unit(b, ownUnit)?.missingTasks.map((t) => t.taskId)).not.toContain(single.id);
    expect(unit(b, ownUnit)?.behind).toBe(1);
    expect(b.onPace).toBe(0);
    const text = briefingBlocks(b).map((x) => ('text' in x ? x.text : x.cells.join(' ')));
    const behindAt = text.indexOf('三、进度滞后事项');
    const missingAt = text.findIndex((t) => t.startsWith('（三）未报送的单位'));
    expect(missingAt).toBeGreaterThan(0);
    expect(behindAt).toBeGreaterThan(missingAt);
    expect(text.slice(missingAt, behindAt).join('')).not.toContain('征地拆迁未完成');
    expect(text.slice(behindAt).join('')).toContain('征地拆迁未完成');
  });

  it('gives the 按序时进度 share of the tasks due and lists completed items with their date', () => {
    const es = [
      ...['10', '11', '12'].map((no) => entry(s, s.task(no), { reportedOn: '2024-06-12', period: '2024-06-15' })),
      entry(s, s.task('23'), { reportedOn: '2024-06-14', period: '2024-06-15', status: '已完成', completion: { date: '2024-06-01', basis: '通过验收' } }),
      entry(s, s.task('24'), { reportedOn: '2024-06-14', period: '2024-06-15', status: '未开始' }),
    ];
    const b = brief(es, '2024-06-20');
    expect(b.onPace).toBe(4);
    expect(b.onPaceShare).toBe(`${((4 / b.tasksDue) * 100).toFixed(1)}%`);
    expect(b.completed).toMatchObject([{ no: '23', date: '2024-06-01', basis: '通过验收', inRound: true }]);
    expect(b.completedInRound).toBe(1);
  });

  it('changes the whole judgement with the round chosen', () => {
    const es = [entry(s, single, { reportedOn: '2024-06-12', period: '2024-06-15' })];
    const june15 = brief(es, '2024-06-20');
    const may = brief(es, '2024-06-20', '2024-05-15');
    expect(may.tasksDue).toBeLessThan(june15.tasksDue); // only 民生实事 report monthly
    expect(may.onTime).toBe(0);
    expect(may.roundLabel).toBe('2024年5月15日报送期');
    expect(june15.onTime).toBe(1);
  });

  it('drops a task 销号 in an earlier round from the reports owed', () => {
    const t = s.tasks.find((x) => x.category === 'livelihood');
    if (!t) throw new Error('no 民生实事');
    const done = entry(s, t, { reportedOn: '2024-05-10', period: '2024-05-15', status: '已完成', completion: { date: '2024-05-08', basis: '验收' } });
    const b = brief([done], '2024-06-20');
    expect(brief([], '2024-06-20').tasksDue - b.tasksDue).toBe(1);
    expect(b.completed.map((c) => [c.taskId, c.inRound])).toEqual([[t.id, false]]);
  });

  it('says a round not yet closed is judged so far', () => {
    const b = brief([], '2024-06-14');
    expect(b.open).toBe(true);
    expect(missingUnits(b)[0]).toContain('尚未报送');
  });
});

describe('the 下一步要求 drawn from the findings', () => {
  it('names the units that must report and by when, then the next round', () => {
    const b = brief([entry(s, single, { reportedOn: '2024-06-14', period: '2024-06-15', status: '滞后' })], '2024-06-20');
    const lines = nextStepLines(b);
    expect(lines[0]).toMatch(/^1\.请.+于2024年6月25日前补报2024年6月15日报送期工作进展/);
    expect(lines.join('\n')).toContain(`请${ownUnit}针对进度滞后事项`);
    expect(lines.join('\n')).toContain('于2024年7月15日前报送下一期');
  });

  it("prints the clerk's own text instead when written", () => {
    const b = buildBriefing({
      document: s.document,
      tasks: assess([], '2024-06-20'),
      round: '2024-06-15',
      nextRound: null,
      issue: { ...issue, nextSteps: '抓紧补报。\n\n二、加强调度。' },
      today: '2024-06-20',
    });
    expect(nextStepLines(b)).toEqual(['1.抓紧补报。', '二、加强调度。']);
  });
});

describe("the 通报's own fields", () => {
  it('default from the notice: 文号 prefix, 主送, 落款 office, issue 1', () => {
    expect(defaultPrefix('随政办发〔2024〕2号', 2024)).toBe('随政督通〔2024〕');
    expect(defaultPrefix(null, 2024)).toBe('督查通报〔2024〕');
    expect(issue).toMatchObject({ prefix: '随政督通〔2024〕', issueNo: 1, recipients: DEFAULT_RECIPIENTS, office: '随州市人民政府督查室', signedOn: '2024-06-20' });
    expect(brief([], '2024-06-20').number).toBe('随政督通〔2024〕第1期');
  });

  it('are entered once: the next round carries them over with the next number; a stored round is as stored', () => {
    const row = BriefingIssue.parse({
      ...issueRow(s.document.id, '2024-06-15', { ...issue, prefix: '随政督〔2024〕', issueNo: 7, office: '随州市督查室', copyTo: '市委督查室' }),
      updatedAt: '2024-06-20T01:00:00.000Z',
    });
    const july = issueFor({ document: s.document, year: 2024, round: '2024-07-15', issues: [row], today: '2024-07-20' });
    expect(july.stored).toBeNull();
    expect(july.fields).toMatchObject({
      prefix: '随政督〔2024〕',
      issueNo: 8,
      office: '随州市督查室',
      printer: '随州市人民政府督查室',
      copyTo: '市委督查室',
      signedOn: '2024-07-20',
    });
    const again = issueFor({ document: s.document, year: 2024, round: '2024-06-15', issues: [row], today: '2024-07-20' });
    expect(again.stored).toBe(row);
    expect(again.fields.issueNo).toBe(7);
  });
});

describe('the fields as the clerk filled them', () => {
  it('are refused in words when they cannot be issued', () => {
    expect(issueProblem(issue)).toBeNull();
    expect(issueProblem({ ...issue, prefix: ' ' })).toContain('文号前缀');
    expect(issueProblem({ ...issue, issueNo: 0 })).toContain('期号');
    expect(issueProblem({ ...issue, issueNo: 2.5 })).toContain('期号');
    expect(issueProblem({ ...issue, recipients: '' })).toContain('主送');
    expect(issueProblem({ ...issue, office: '' })).toContain('落款单位');
    expect(issueProblem({ ...issue, signedOn: '' })).toContain('成文日期');
    expect(issueProblem({ ...issue, printedOn: '2024-06-19' })).toBe('印发日期不能早于成文日期。');
  });
});

describe('the 通报 as blocks of an issued document', () => {
  const b = brief([entry(s, single, { reportedOn: '2024-06-14', period: '2024-06-15', status: '滞后' })], '2024-06-20');
  const blocks = briefingBlocks(b);

  it('opens with the 版头 and its own 文号, then title and 主送; closes with 落款 and 版记', () => {
    expect(blocks.slice(0, 5).map((x) => x.kind)).toEqual(['masthead', 'number', 'redline', 'title', 'recipients']);
    expect(blocks[1]).toEqual({ kind: 'number', text: '随政督通〔2024〕第1期' });
    expect(blocks[3]).toEqual({ kind: 'title', text: '关于2024年《政府工作报告》重点工作任务推进情况的通报' });
    expect(blocks[4]).toEqual({ kind: 'recipients', text: `${DEFAULT_RECIPIENTS}：` });
    expect(blocks.slice(-4).map((x) => x.kind)).toEqual(['signature', 'signdate', 'copyto', 'printed']);
    expect(blocks.at(-3)).toEqual({ kind: 'signdate', text: '2024年6月20日' });
    expect(blocks.filter((x) => x.kind === 'h1').map((x) => ('text' in x ? x.text : ''))).toEqual([
      '一、总体情况',
      '二、报送情况',
      '三、进度滞后事项',
      '四、已完成事项',
      '五、牵头单位报送情况排名',
      '六、下一步要求',
    ]);
  });

  it('keeps every heading and every table lead-in with what follows, and the body’s last lines with the 落款', () => {
    const signature = blocks.findIndex((x) => x.kind === 'signature');
    expect(keepsWithNext(blocks[signature - 1] as (typeof blocks)[number], blocks[signature])).toBe(true);
    blocks.forEach((x, i) => {
      if (x.kind === 'h1' || x.kind === 'h2' || x.kind === 'thead' || (x.kind === 'para' && blocks[i + 1]?.kind === 'thead')) expect(keepsWithNext(x, blocks[i + 1])).toBe(true);
    });
  });

  it('ranks every lead unit owing a report, one row each, with as many cells as the header', () => {
    const rows = blocks.filter((x) => x.kind === 'row' && x.table === 'ranking');
    expect(rows).toHaveLength(b.units.length);
    const heads = new Map(blocks.flatMap((x) => (x.kind === 'thead' ? [[x.table, x.cells.length] as const] : [])));
    for (const x of blocks) if (x.kind === 'row') expect(x.cells.length).toBe(heads.get(x.table));
    const shares = b.units.map((u) => u.onTimeShare);
    expect([...shares].sort((x, y) => y - x)).toEqual(shares);
  });
});

describe('short texts in the 通报', () => {
  it('keep the first clause and cut long ones', () => {
    expect(shortText('打通5条城市断头路。完善路网。')).toBe('打通5条城市断头路');
    expect(Array.from(shortText('路'.repeat(200)))).toHaveLength(61);
  });
});
