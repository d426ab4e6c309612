// The rules for returned sheets, written once: the status words accepted, who a report belongs to,
// what a joint task's status is, and which rows need the clerk's decision. The import page and the
// 说明 sheet print these texts; the code below does what they say. Pure.
import type { ProgressEntry, TaskStatus } from '../model/ledger';
import { TaskStatus as StatusSchema, compareEntries } from '../model/ledger';

/** Words a unit may type for each status (besides the status itself). */
export const STATUS_SYNONYMS: Record<TaskStatus, readonly string[]> = {
  未开始: ['未启动', '尚未启动', '未开工', '未实施'],
  推进中: ['进行中', '正在推进', '正常推进', '按序时推进', '序时推进', '在建', '实施中'],
  已完成: ['完成', '已办结', '办结', '已销号', '销号', '申请销号'],
  滞后: ['进度滞后', '推进滞后', '未按期', '延期'],
};

const STATUSES = Object.keys(STATUS_SYNONYMS) as TaskStatus[];

/** 未开始（也可写：未启动、尚未启动…）；推进中（…）… */
export const ACCEPTED_STATUS_TEXT = STATUSES.map((s) => `${s}（也可写：${STATUS_SYNONYMS[s].join('、')}）`).join('；');

/** The status a unit typed, in the app's vocabulary; '' for blank, null when unreadable. */
export function readStatus(cell: string): TaskStatus | '' | null {
  const s = cell.replace(/\s+/g, '');
  if (s === '') return '';
  const direct = StatusSchema.safeParse(s);
  if (direct.success) return direct.data;
  return STATUSES.find((status) => STATUS_SYNONYMS[status].includes(s)) ?? null;
}

/** The rule for a task with several lead units, as the page and the 说明 sheet print it. */
export const JOINT_RULE =
  '一项任务有多个牵头单位时，每个单位每期各记一条报送，互不覆盖，都保留；任务状态取各牵头单位最新报送中最靠后的一项（滞后、未开始、推进中、已完成依次靠后），全部牵头单位都报“已完成”才销号，尚有单位未报“已完成”的按“推进中”计；没有牵头单位报送时，按最近一次报送。';

/** Worst first: the joint task's status is the first of these any lead unit reports. */
const ORDER: readonly TaskStatus[] = ['滞后', '未开始', '推进中'];

/** The units a report stands for: the units it names, or, naming none, every lead unit. */
export function reportersOf(unit: string, leadUnits: readonly string[]): string[] {
  const named = unit
    .split('、')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  return named.length > 0 ? named : [...leadUnits];
}

/** A new report by `unit` takes the place of an earlier one of the same round by `previous` when
 * they stand for a unit in common; otherwise both are kept side by side. */
export function supersedes(unit: string, previous: string, leadUnits: readonly string[]): boolean {
  const a = new Set(reportersOf(unit, leadUnits));
  return reportersOf(previous, leadUnits).some((u) => a.has(u));
}

export interface JointStatus {
  status: TaskStatus | null;
  /** Each lead unit's latest report (null: none yet). */
  units: { unit: string; entry: ProgressEntry | null }[];
}

/** A task's status by JOINT_RULE; for a task with one lead unit (or none), its latest report's status. */
export function jointStatus(history: readonly ProgressEntry[], leadUnits: readonly string[]): JointStatus {
  const sorted = [...history].sort(compareEntries);
  const latestOf = (unit: string) => sorted.filter((e) => reportersOf(e.unit, leadUnits).includes(unit)).pop() ?? null;
  const units = leadUnits.map((unit) => ({ unit, entry: latestOf(unit) }));
  // one lead unit, or reports by none of them (a unit the notice does not name as lead): the latest report
  if (leadUnits.length < 2 || units.every((u) => u.entry === null)) return { status: sorted[sorted.length - 1]?.status ?? null, units };
  const statuses = units.map((u) => u.entry?.status ?? null);
  if (statuses.every((s) => s === '已完成')) return { status: '已完成', units };
  const worst = ORDER.find((s) => statuses.includes(s));
  if (worst) return { status: worst, units };
  return { status: statuses.some((s) => s !== null) ? '推进中' : null, units };
}

/** What needs the clerk's decision before a row is written, and what is never written; in words. */
export const IMPORT_RULES: readonly string[] = [
  '每一行记入它的报送期（该行“报送期”列；没有的按报送期规则）和报送单位（表头“填报单位”，没有的按导出时的单位，再没有的记为牵头单位）。',
  '节点之后报送的记为“迟报”，仍记入该行所写的一期。',
  '空行不算；“本期进展”“状态”等填报列都是空的行视为未填报，不导入，也不会清除已有的报送。',
  '以下情况须您逐行确认后才导入：已销号的任务改为其他状态（恢复推进）；更改已销号任务的完成日期；状态词无法识别（请选定状态）；任务内容与本机不一致；将取代本期已有的报送（含其他单位的）；同一单位同一期在本批文件中出现两次。',
  '以下情况不导入并写明原因：本机没有该任务；填“已完成”却没写完成依据；完成日期无法识别或晚于填报日期；只改了日期；同一文件已导入过。',
  JOINT_RULE,
];
