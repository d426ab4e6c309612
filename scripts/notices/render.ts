// Renders a NoticeSource (source.ts) as printed text in its form, and its gold (SCHEMA.md) from the
// same data. Pure: no file access.
import type { NoticeGold, NoticeGoldTask } from '../corpus/noticeGold';
import type { NoticeSource, TaskSource } from './source';

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumber(n: number): string {
  if (n <= 10) return CN[n] as string;
  if (n < 20) return `十${n % 10 === 0 ? '' : CN[n % 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN[n % 10]}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const monthEnd = (y: number, m: number) => `${y}-${pad2(m)}-${pad2(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

/** The date a printed deadline names (the writer's own reading, not the parser's). */
export function deadlineDate(text: string, year: number): string | null {
  let m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return `${m[1] ?? year}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}`;
  m = /(?:(\d{4})年)?(\d{1,2})月(?:底|末)?/.exec(text);
  if (m) return monthEnd(Number(m[1] ?? year), Number(m[2]));
  m = /(?:(\d{4})年)?年?底/.exec(text);
  if (m) return `${m[1] ?? year}-12-31`;
  return null;
}

/** 市发改委、市经信局、市财政局 printed as 市发改委、经信局、财政局 when all share the level prefix. */
export function sharedPrefix(units: string[]): string {
  const first = units[0]?.[0];
  if (units.length < 2 || !first || !/[省市县区]/.test(first) || !units.every((u) => u.startsWith(first))) return units.join('、');
  return units.map((u, i) => (i === 0 ? u : u.slice(1))).join('、');
}

/** Two-character names padded to three cells, as tables print them: 王\u3000东. */
export function padName(name: string): string {
  return name.length === 2 ? `${name[0]}　${name[1]}` : name;
}

function levelWord(place: string): string {
  return place.endsWith('省') ? '省' : place.endsWith('县') ? '县' : place.endsWith('区') ? '区' : '市';
}

interface Printed {
  no: string | null;
  lines: string[];
}

function printTask(n: NoticeSource, t: TaskSource, i: number): Printed {
  const no = String(i + 1);
  const L = (t.leaders ?? []).join('、');
  const lead = t.lead.join('、');
  const sup = t.support ?? [];
  const supText = sup.join('、');
  const lv = levelWord(n.place);
  switch (n.form) {
    case 'paren-std':
      return { no, lines: [`${no}.${t.text}（责任领导：${L}；牵头单位：${lead}${sup.length ? `；责任单位：${supText}` : ''}）`] };
    case 'paren-city-leader': {
      const parts = [`牵头${lv}领导：${L}`, `牵头单位：${lead}`, ...(sup.length ? [`配合单位：${supText}`] : []), ...(t.dl ? [`完成时限：${t.dl}`] : [])];
      return { no, lines: [`${no}、${t.text}（${parts.join('；')}）`] };
    }
    case 'paren-sentence': {
      const who = sup.length ? `${lead}牵头，${supText}配合` : `${lead}负责`;
      const cn = chineseNumber(i + 1);
      return { no: cn, lines: [`（${cn}）${t.text.replace(/。$/, '')}。（${who}${t.dl ? `，${t.dl}完成` : ''}）`] };
    }
    case 'paren-fuze-unnumbered': {
      const who = sup.length ? `${lead}牵头，${supText}配合` : `${lead}负责`;
      // Every third task is an unnumbered paragraph, as offices mix them.
      if (i % 3 === 2) return { no: null, lines: [`${t.text.replace(/。$/, '')}（${who}）。`] };
      return { no, lines: [`${no}．${t.text}（${who}）`] };
    }
    case 'paren-you': {
      const title = L === (n.tasks?.[0]?.leaders ?? [])[0] ? `常务副${lv}长` : `副${lv}长`;
      return { no, lines: [`${no}.${t.text}（由${title}${L}负责，${lead}牵头${sup.length ? `，${supText}配合` : ''}）`] };
    }
    case 'bracket-first-leads':
      return { no, lines: [`${no}、${t.text}【责任领导：${L}；责任单位：${[...t.lead, ...sup].join('、')}】`] };
    case 'labels-a':
      return { no, lines: [`${no}. ${t.text}`, `牵头领导：${L}`, `牵头单位：${lead}`, ...(sup.length ? [`配合单位：${supText}`] : []), ...(t.dl ? [`完成时限：${t.dl}`] : [])] };
    case 'labels-b': {
      const cn = chineseNumber(i + 1);
      return {
        no: cn,
        lines: [`（${cn}）${t.text}`, `分管${lv}领导：${L}`, `部门分工：${sup.length ? `${lead}牵头，${supText}配合` : `${lead}负责`}`, ...(t.dl ? [`时间节点：${t.dl}`] : [])],
      };
    }
    case 'labels-c':
      return { no, lines: [`${no}．${t.text}`, `责任领导：${L}`, `牵头单位：${lead}`, ...(sup.length ? [`协办单位：${supText}`] : []), ...(t.dl ? [`完成时限：${t.dl}`] : [])] };
    case 'prefix-lists':
      return { no, lines: [`${no}．${t.text}（责任领导：${L}；牵头单位：${lead}；责任单位：${sharedPrefix(sup)}）`] };
    case 'lead-mark': {
      const marked = `${lead}（牵头）`;
      const units = i % 2 === 1 && sup.length ? [sup[0] as string, marked, ...sup.slice(1)] : [marked, ...sup];
      return { no, lines: [`${no}、${t.text}（责任单位：${units.join('、')}${t.dl ? `；完成时限：${t.dl}` : ''}）`] };
    }
    case 'unnumbered-prefix': {
      const who = sup.length ? `${lead}牵头，${sharedPrefix(sup)}配合` : `${lead}负责`;
      return { no: null, lines: [`${t.text.replace(/。$/, '')}（${who}）。`] };
    }
    default:
      throw new Error(`form ${n.form} has no text rendering of its tasks`);
  }
}

function goldTask(n: NoticeSource, t: TaskSource, no: string | null, leaders: string[]): NoticeGoldTask {
  return {
    no,
    prefix: t.text.replace(/[。；]$/, '').slice(0, 12),
    leaders,
    leadUnits: t.lead,
    supportUnits: t.support ?? [],
    deadline: t.dl ? { text: t.dl, date: deadlineDate(t.dl, n.year) } : null,
  };
}

function letterHead(n: NoticeSource): string[] {
  return [n.docNumber, '', ...n.title, '', n.mainSend, `　　${n.intro}`];
}

/** The letter's requirements in one of three printings: a plain paragraph, 一、二、 headings, or 1. 2. items. */
function letterTail(n: NoticeSource, style: number): string[] {
  const sentences = n.reporting.map((r) => r.sentence);
  const closing = '各地各部门要进一步压实责任，对照任务分工逐项细化措施，确保按时保质完成。';
  const body =
    style % 3 === 0
      ? [`　　${closing}${sentences.join('')}`]
      : style % 3 === 1
        ? ['　　一、加强组织领导。各责任单位主要负责同志要亲自研究部署，逐项制定推进方案。', `　　二、严格报送时限。${sentences.join('')}`]
        : ['　　工作要求：', '　　1.各责任单位要细化工作措施，明确责任人和时间表。', ...sentences.map((x, i) => `　　${i + 2}.${x}`)];
  return [...body, '', `　　　　　　　　　　　　${n.issuer}`, `　　　　　　　　　　　　${n.issuedText}`, '　　（此件公开发布）'];
}

function webTop(n: NoticeSource): string[] {
  const shifted = n.issuedOn.replace(/-(\d\d)$/, (_, d: string) => `-${pad2(Math.min(28, Number(d) + 2))}`);
  return ['首页 > 信息公开 > 政府文件', `发布时间：${shifted}　　来源：${n.issuer}　　浏览次数：1024`, '【字体：大 中 小】', ''];
}
const WEB_BOTTOM = ['', '【打印本页】　【关闭窗口】', '分享到：', '相关链接：政府信息公开指南 | 政府信息公开目录'];

function hardWrap(lines: string[], width: number): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.length <= width) out.push(l);
    else for (let i = 0; i < l.length; i += width) out.push(l.slice(i, i + width));
  }
  return out;
}

function pageNumbers(lines: string[], every: number): string[] {
  const out: string[] = [];
  let page = 1;
  lines.forEach((l, i) => {
    out.push(l);
    if ((i + 1) % every === 0) out.push('', `— ${page++} —`, '');
  });
  out.push('', `— ${page} —`);
  return out;
}

/** Text-form notice: tasks after the intro (even index) or in an attachment after the letter (odd). */
export function renderText(n: NoticeSource, index: number, style: number): { text: string; gold: NoticeGold } {
  const body: string[] = [];
  const tasks: NoticeGoldTask[] = [];
  if (n.note) body.push(`　　${n.note}`);
  if (n.groups) {
    for (const g of n.groups) {
      body.push(g.heading);
      g.tasks.forEach((t, i) => {
        const no = String(i + 1);
        const sup = t.support ?? [];
        const parts = [`牵头单位：${t.lead.join('、')}`, ...(sup.length ? [`配合单位：${sup.join('、')}`] : []), ...(t.dl ? [`完成时限：${t.dl}`] : [])];
        body.push(`${no}.${t.text}（${parts.join('；')}）`);
        tasks.push(goldTask(n, t, no, g.leaders));
      });
    }
  } else {
    (n.tasks ?? []).forEach((t, i) => {
      const p = printTask(n, t, i);
      body.push(...p.lines);
      tasks.push(goldTask(n, t, p.no, t.leaders ?? []));
    });
  }
  const attachment = index % 2 === 1;
  let lines = attachment
    ? [...letterHead(n), ...letterTail(n, style), '', '附件', '', `${n.year}年政府工作报告重点工作任务分解`, '', ...body]
    : [...letterHead(n), ...body, ...letterTail(n, style)];
  lines.push('', ...n.ccBlock);
  if (n.wrap) lines = hardWrap(lines, n.wrap);
  if (n.furniture === 'pdf') lines = pageNumbers(lines, 24);
  if (n.furniture === 'web') lines = [...webTop(n), ...lines, ...WEB_BOTTOM];
  return { text: `${lines.join('\n')}\n`, gold: goldOf(n, tasks) };
}

export function goldOf(n: NoticeSource, tasks: NoticeGoldTask[]): NoticeGold {
  return {
    name: n.name,
    kind: 'notice',
    place: n.place,
    year: n.year,
    form: n.form,
    docNumber: n.docNumber,
    issuedOn: n.issuedOn,
    reporting: n.reporting.flatMap((r) => r.rules),
    tasks,
  };
}

/** A table notice's gold; its rows are numbered 1… as printed. */
export function tableGold(n: NoticeSource): NoticeGold {
  const rows = n.table?.rows ?? [];
  return goldOf(
    n,
    rows.map((t, i) => goldTask(n, t, String(i + 1), t.leaders ?? [])),
  );
}

/** Rows whose leader cell is merged with the row above (same leader, table notices with merged cells). */
export function leaderSpans(rows: TaskSource[], merge: boolean): number[] {
  // spans[i] = rows the leader cell of row i covers; 0 when row i's cell is covered by a row above.
  const spans = rows.map(() => 1);
  if (!merge) return spans;
  for (let i = 0; i < rows.length;) {
    let j = i + 1;
    while (j < rows.length && (rows[j]?.leaders ?? []).join() === (rows[i]?.leaders ?? []).join()) j++;
    spans[i] = j - i;
    for (let k = i + 1; k < j; k++) spans[k] = 0;
    i = j;
  }
  return spans;
}

/** The letter's lines as printed before a table notice's table. */
export function tableLetter(n: NoticeSource, style: number): string[] {
  return [...letterHead(n), ...letterTail(n, style)];
}

/** The table as copied from a web page or PDF: one cell per line, empty cells as empty lines. */
export function copiedTable(n: NoticeSource, merge: boolean): string[] {
  const t = n.table;
  if (!t) return [];
  const h = t.header;
  const out = [h.no, h.text, h.leaders, h.lead, h.support, h.dl];
  const spans = leaderSpans(t.rows, merge);
  t.rows.forEach((r, i) => {
    out.push(String(i + 1), r.text);
    if (spans[i] !== 0) out.push((r.leaders ?? []).map(padName).join('、'));
    out.push(r.lead.join('、'), (r.support ?? []).join('、'), r.dl ?? '');
  });
  return out;
}

export function tableTitle(n: NoticeSource): string {
  return `${n.place}${n.year}年政府工作报告重点工作任务分解表`;
}
