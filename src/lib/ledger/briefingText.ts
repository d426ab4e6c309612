// The sentences and tables of a 督查通报, worded once: the printable page and the .docx both use them,
// so the two always say the same. Pure.
import type { Briefing, BriefingItem } from './briefing';
import { chineseDate } from './dates';
import { percent } from './summary';

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二 (section numbers of the 通报). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CN_NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${CN_NUMERALS[n - 11] ?? ''}`;
  if (n < 100) return `${CN_NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? '' : CN_NUMERALS[(n % 10) - 1]}`;
  return String(n);
}

const share = (b: Briefing, n: number) => percent(b.totals.tasks === 0 ? 0 : n / b.totals.tasks);

/** The overview paragraph: totals, shares, reports for the period. */
export function overview(b: Briefing): string {
  const t = b.totals;
  const parts = [
    `${b.scope.kind === 'all' ? '' : `${b.scopeLabel}，`}纳入督办的任务共${t.tasks}项`,
    `已完成（销号）${t.done}项，占${share(b, t.done)}`,
    `正常推进${t.onPace}项，占${share(b, t.onPace)}`,
    `临近时限${t.dueSoon}项`,
    `滞后或未按期报送${t.behind}项，占${share(b, t.behind)}`,
    `逾期未完成${t.overdue}项，占${share(b, t.overdue)}`,
  ];
  if (t.notDue > 0) parts.push(`未到报送期${t.notDue}项`);
  let text = `截至${chineseDate(b.asOf)}，${parts[0]}。其中，${parts.slice(1).join('；')}。`;
  if (b.period && b.reports.due > 0) {
    text += `本期（${chineseDate(b.period.due)}节点）应报送${b.reports.due}项，按时报送${b.reports.onTime}项，迟报${b.reports.late}项，未报送${b.reports.missing}项。`;
  }
  return text;
}

/** Section headings in order, numbered 一、二、…; sections with nothing to say are left out. */
export interface BriefingSection {
  key: 'overview' | 'lagging' | 'dueSoon' | 'completed' | 'ranking' | 'nextSteps';
  heading: string;
}

export function sections(b: Briefing): BriefingSection[] {
  const list: { key: BriefingSection['key']; title: string }[] = [];
  list.push({ key: 'overview', title: '总体情况' });
  list.push({ key: 'lagging', title: '滞后和逾期事项' });
  if (b.dueSoon.length > 0) list.push({ key: 'dueSoon', title: '临近时限事项' });
  list.push({ key: 'completed', title: '已完成事项' });
  if (b.byLeader.length > 0 || b.byUnit.length > 0) list.push({ key: 'ranking', title: '责任领导和牵头单位推进情况' });
  list.push({ key: 'nextSteps', title: '下一步要求' });
  return list.map((s, i) => ({ key: s.key, heading: `${chineseOrdinal(i + 1)}、${s.title}` }));
}

export function laggingIntro(b: Briefing): string {
  const n = b.lagging.reduce((sum, g) => sum + g.items.length, 0);
  if (n === 0) return '本期没有滞后或逾期事项。';
  return `共${n}项，涉及${b.lagging.length}个牵头单位，按牵头单位列示如下：`;
}

/** （一）市经信局（责任领导：黄继军）3项 */
export function groupHeading(index: number, unit: string, leaders: readonly string[], count: number): string {
  return `（${chineseOrdinal(index + 1)}）${unit}${leaders.length > 0 ? `（责任领导：${leaders.join('、')}）` : ''}，${count}项`;
}

/** What the lagging/due-soon tables show for one task. */
export function itemCells(i: BriefingItem): [string, string, string, string] {
  const latest = i.reportedOn ? `${i.reportedOn}：${i.status ? `【${i.status}】` : ''}${i.note || '（未写进展）'}` : '尚无报送';
  return [i.no ?? '', i.text, i.reasonLabel, latest];
}

export const ITEM_HEADERS = ['序号', '任务', '情形', '最新报送'] as const;
export const TOTALS_HEADERS = ['类别', '项数', '占比'] as const;
export const RANKING_HEADERS = ['名称', '任务', '已完成', '正常推进', '滞后', '逾期', '滞后占比'] as const;

export function completedIntro(b: Briefing): string {
  if (b.completedTotal === 0) return '本期暂无销号事项。';
  return b.completedTotal > b.completed.length ? `已销号${b.completedTotal}项，最近完成的${b.completed.length}项如下：` : `已销号${b.completedTotal}项：`;
}

export function rankingCells(r: Briefing['byUnit'][number]): string[] {
  return [r.name, String(r.tasks), String(r.done), String(r.onPace), String(r.behind), String(r.overdue), percent(r.laggingShare)];
}

/** How many ranking rows the 通报 lists (most lagging first). */
export const RANKING_SHOWN = 10;

/** The header line printed on every page: 随政办发〔2024〕2号 · 2024年6月15日报送期 */
export function pageHeader(b: Briefing): string {
  return [b.docNumber, b.periodLabel].filter(Boolean).join('　');
}

/** The 通报 as a flat list of blocks, the one content model the printable page (paginated by block)
 * and the .docx (consecutive table blocks make one table) both render. */
export type BriefingBlock =
  | { kind: 'title' | 'subtitle' | 'heading' | 'group' | 'para' | 'blank'; text: string }
  | { kind: 'thead' | 'row'; table: string; widths: readonly number[]; cells: readonly string[] }
  | { kind: 'chart'; index: number; title: string };

const ITEM_WIDTHS = [9, 45, 18, 28] as const;
const TOTALS_WIDTHS = [60, 20, 20] as const;
const COMPLETED_HEADERS = ['序号', '任务', '牵头单位', '完成日期', '完成依据'] as const;
const COMPLETED_WIDTHS = [8, 40, 16, 14, 22] as const;
const RANKING_WIDTHS = [28, 10, 10, 12, 10, 10, 20] as const;

export function briefingBlocks(b: Briefing, chartTitles: readonly string[] = []): BriefingBlock[] {
  const out: BriefingBlock[] = [
    { kind: 'title', text: b.title },
    { kind: 'subtitle', text: b.periodLabel },
    { kind: 'subtitle', text: `${b.scopeLabel}　数据截至${chineseDate(b.asOf)}` },
  ];
  const table = (id: string, headers: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[]) => {
    out.push({ kind: 'thead', table: id, widths, cells: headers });
    for (const cells of rows) out.push({ kind: 'row', table: id, widths, cells });
  };
  for (const s of sections(b)) {
    out.push({ kind: 'heading', text: s.heading });
    switch (s.key) {
      case 'overview':
        out.push({ kind: 'para', text: overview(b) });
        table(
          'totals',
          TOTALS_HEADERS,
          TOTALS_WIDTHS,
          b.shares.map((x) => [x.label, String(x.count), x.share]),
        );
        chartTitles.forEach((title, index) => out.push({ kind: 'chart', index, title }));
        break;
      case 'lagging':
        out.push({ kind: 'para', text: laggingIntro(b) });
        b.lagging.forEach((g, i) => {
          out.push({ kind: 'group', text: groupHeading(i, g.unit, g.leaders, g.items.length) });
          table(`lagging-${i}`, ITEM_HEADERS, ITEM_WIDTHS, g.items.map(itemCells));
        });
        break;
      case 'dueSoon':
        out.push({ kind: 'para', text: `以下${b.dueSoon.length}项临近完成时限或报送节点，请相关单位抓紧推进、按时报送：` });
        table('due-soon', ITEM_HEADERS, ITEM_WIDTHS, b.dueSoon.map(itemCells));
        break;
      case 'completed':
        out.push({ kind: 'para', text: completedIntro(b) });
        if (b.completed.length > 0)
          table(
            'completed',
            COMPLETED_HEADERS,
            COMPLETED_WIDTHS,
            b.completed.map((c) => [c.no ?? '', c.text, c.leadUnits.join('、'), c.date, c.basis]),
          );
        break;
      case 'ranking':
        if (b.byUnit.length > 0) {
          out.push({ kind: 'para', text: `牵头单位（按滞后占比排序，列前${Math.min(RANKING_SHOWN, b.byUnit.length)}位）：` });
          table('by-unit', RANKING_HEADERS, RANKING_WIDTHS, b.byUnit.slice(0, RANKING_SHOWN).map(rankingCells));
        }
        if (b.byLeader.length > 0) {
          out.push({ kind: 'para', text: '责任领导：' });
          table('by-leader', RANKING_HEADERS, RANKING_WIDTHS, b.byLeader.map(rankingCells));
        }
        break;
      case 'nextSteps':
        for (let i = 0; i < b.nextStepLines; i++) out.push({ kind: 'blank', text: `${i + 1}. ` });
        break;
    }
  }
  return out;
}
