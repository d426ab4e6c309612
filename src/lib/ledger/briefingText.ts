// The 督查通报 worded once, as the blocks of an issued document (党政机关公文格式, GB/T 9704): 版头
// (masthead, its own 文号, the red rule), title, 主送, body with 一、 and （一） headings and tables, 落款,
// 版记. The printable page (paginated by block) and the .docx render these same blocks, so the two
// always say the same and have the same structure. Pure.
import { taskLabel, type Briefing, type UnitRound } from './briefing';
import { defaultTitle } from './briefingIssue';
import { chineseDate, chineseMonthDay } from './dates';
import { percent } from './summary';

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二 (section numbers of the 通报). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CN_NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${CN_NUMERALS[n - 11] ?? ''}`;
  if (n < 100) return `${CN_NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? '' : CN_NUMERALS[(n % 10) - 1]}`;
  return String(n);
}

export type BriefingBlock =
  | { kind: 'masthead' | 'number' | 'redline' | 'title' | 'recipients' | 'h1' | 'h2' | 'para' | 'signature' | 'signdate' | 'copyto' | 'printed'; text: string }
  | { kind: 'thead' | 'row'; table: string; widths: readonly number[]; cells: readonly string[] };

export type TableBlock = Extract<BriefingBlock, { table: string }>;
export const isTableBlock = (b: BriefingBlock): b is TableBlock => b.kind === 'thead' || b.kind === 'row';

/** Blocks that must stay on a page with the block after them (no heading alone at a page bottom). */
export function keepsWithNext(b: BriefingBlock, next: BriefingBlock | undefined): boolean {
  if (!next) return false;
  if (b.kind === 'h1' || b.kind === 'h2' || b.kind === 'thead' || b.kind === 'masthead' || b.kind === 'number' || b.kind === 'redline' || b.kind === 'title') return true;
  // a table's lead-in stays with its header; the last lines of the body with the 落款 (never a 落款
  // alone on a page); 落款 stays together and with the 版记
  if (b.kind === 'para' && (next.kind === 'thead' || next.kind === 'signature')) return true;
  return b.kind === 'signature' || b.kind === 'signdate' || b.kind === 'copyto';
}

export const MASTHEAD = '督查通报';
export const BEHIND_HEADERS = ['序号', '任务', '牵头单位', '报送情况'] as const;
export const COMPLETED_HEADERS = ['序号', '任务', '牵头单位', '完成日期', '完成依据'] as const;
export const RANKING_HEADERS = ['名次', '牵头单位', '应报', '按时', '迟报', '未报', '滞后', '按时报送率'] as const;
const BEHIND_WIDTHS = [8, 44, 20, 28] as const;
const COMPLETED_WIDTHS = [8, 38, 18, 14, 22] as const;
const RANKING_WIDTHS = [8, 32, 8, 8, 8, 8, 8, 20] as const;

const leadersOf = (u: Pick<UnitRound, 'leaders'>) => (u.leaders.length > 0 ? `（责任领导：${u.leaders.join('、')}）` : '');
const labels = (refs: readonly { no: string | null; text: string }[]) => refs.map(taskLabel).join('、');

export function titleOf(b: Briefing): string {
  return b.issue.title.trim() || defaultTitle(b.year);
}

/** The 下一步要求 as printed: the clerk's text, else the draft; one requirement per line, numbered. */
export function nextStepLines(b: Briefing): string[] {
  const text = b.issue.nextSteps.trim() || b.draft;
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => (/^(\d+|[一二三四五六七八九十]+)[.．、]|^（[一二三四五六七八九十]+）/.test(l) ? l : `${i + 1}.${l}`));
}

export function opening(b: Briefing): string {
  const notice = b.noticeNumber ? `（${b.noticeNumber}）` : '';
  const so = b.open ? `（本期尚未截止，截至${chineseDate(b.today)}）` : '';
  return `按照${b.place}${b.year ?? ''}年《政府工作报告》重点工作任务分解${notice}的报送要求，现将${b.roundLabel}（${chineseDate(b.round.start)}至${chineseMonthDay(b.round.due)}）各牵头单位报送情况和任务推进情况通报如下${so}：`;
}

export function overview(b: Briefing): string {
  if (b.tasksDue === 0) return `本期没有需要报送进展的任务。已完成（销号）${b.completed.length}项。`;
  return (
    `本期应报送进展的任务${b.tasksDue}项，涉及${b.units.length}个牵头单位，共${b.duties}项次（共同牵头的任务每个牵头单位各计一次）。` +
    `截至${chineseMonthDay(b.round.due)}，按时报送${b.onTime}项次，占${percent(b.duties === 0 ? 0 : b.onTime / b.duties)}；` +
    `截止后补报（迟报）${b.late}项次；${b.open ? '尚未报送' : '未报送'}${b.missing}项次。` +
    `从报送内容看，按序时进度推进${b.onPace}项，占应报任务的${b.onPaceShare}；报送进度滞后${b.behind.length}项；` +
    `已完成（销号）${b.completed.length}项，其中本期完成${b.completedInRound}项。`
  );
}

export function onTimeUnits(b: Briefing): string {
  const all = b.units.filter((u) => u.due > 0 && u.onTime === u.due);
  if (all.length === 0) return '本期没有全部按时报送的牵头单位。';
  return `${all.map((u) => u.unit).join('、')}共${all.length}个单位全部按时报送。`;
}

export function lateUnits(b: Briefing): string[] {
  const list = b.units.filter((u) => u.late > 0);
  if (list.length === 0) return ['本期没有迟报的牵头单位。'];
  return list.map((u) => `${u.unit}${leadersOf(u)}：${u.late}项迟报（${u.lateTasks.map((t) => `${taskLabel(t)}于${chineseMonthDay(t.reportedOn)}补报`).join('，')}）。`);
}

export function missingUnits(b: Briefing): string[] {
  const list = b.units.filter((u) => u.missing > 0).sort((a, c) => c.missing - a.missing || (a.unit < c.unit ? -1 : 1));
  if (list.length === 0) return [b.open ? '截至目前，各牵头单位均已报送。' : '本期没有未报送的牵头单位。'];
  return list.map((u) => `${u.unit}${leadersOf(u)}：${u.missing}项${b.open ? '尚未报送' : '未报送'}（${labels(u.missingTasks)}）。`);
}

export function briefingBlocks(b: Briefing): BriefingBlock[] {
  const out: BriefingBlock[] = [
    { kind: 'masthead', text: MASTHEAD },
    { kind: 'number', text: b.number },
    { kind: 'redline', text: '' },
    { kind: 'title', text: titleOf(b) },
    { kind: 'recipients', text: `${b.issue.recipients.trim()}：` },
    { kind: 'para', text: opening(b) },
  ];
  const table = (id: string, headers: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[]) => {
    out.push({ kind: 'thead', table: id, widths, cells: headers });
    for (const cells of rows) out.push({ kind: 'row', table: id, widths, cells });
  };
  let h1 = 0;
  const heading = (text: string) => out.push({ kind: 'h1', text: `${chineseOrdinal(++h1)}、${text}` });
  const para = (text: string) => out.push({ kind: 'para', text });

  heading('总体情况');
  para(overview(b));

  heading('报送情况');
  out.push({ kind: 'h2', text: '（一）按时报送的单位' });
  para(onTimeUnits(b));
  out.push({ kind: 'h2', text: '（二）迟报的单位' });
  lateUnits(b).forEach(para);
  out.push({ kind: 'h2', text: b.open ? '（三）尚未报送的单位' : '（三）未报送的单位' });
  missingUnits(b).forEach(para);

  heading('进度滞后事项');
  if (b.behind.length === 0) para('本期没有报送进度滞后的事项。');
  else {
    para(`以下${b.behind.length}项任务本期报送进度滞后（与是否按时报送分开统计）：`);
    table(
      'behind',
      BEHIND_HEADERS,
      BEHIND_WIDTHS,
      b.behind.map((i) => [i.no ?? '', i.text, i.leadUnits.join('、'), `${chineseMonthDay(i.reportedOn)}${i.unit ? `${i.unit}` : ''}报送：${i.note || '滞后'}`]),
    );
  }

  heading('已完成事项');
  if (b.completed.length === 0) para('截至本期，尚无销号的任务。');
  else {
    para(`截至本期，已完成（销号）${b.completed.length}项，其中本期完成${b.completedInRound}项：`);
    table(
      'completed',
      COMPLETED_HEADERS,
      COMPLETED_WIDTHS,
      b.completed.map((c) => [c.no ?? '', c.text, c.leadUnits.join('、'), chineseDate(c.date), c.basis]),
    );
  }

  heading('牵头单位报送情况排名');
  if (b.units.length === 0) para('本期没有需要报送的牵头单位。');
  else {
    para('以按时报送率从高到低排列（同率时未报、迟报、滞后少者在前）：');
    table(
      'ranking',
      RANKING_HEADERS,
      RANKING_WIDTHS,
      b.units.map((u, i) => [String(i + 1), u.unit, String(u.due), String(u.onTime), String(u.late), String(u.missing), String(u.behind), percent(u.onTimeShare)]),
    );
  }

  heading('下一步要求');
  nextStepLines(b).forEach(para);

  out.push({ kind: 'signature', text: b.issue.office.trim() });
  out.push({ kind: 'signdate', text: chineseDate(b.issue.signedOn) });
  out.push({ kind: 'copyto', text: `抄送：${b.issue.copyTo.trim().replace(/[。.]$/, '')}。` });
  out.push({ kind: 'printed', text: `${b.issue.printer.trim()}\t${chineseDate(b.issue.printedOn)}印发` });
  return out;
}
