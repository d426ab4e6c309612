// A small invented notice around the task lines given, parsed as the page parses it.
import { parseReport } from '../../../src/lib/parse/index';
import type { ParsedDocument } from '../../../src/lib/model/document';

export function parseNotice(taskLines: string[], letter: string[] = []): ParsedDocument {
  const text = [
    '云岭市人民政府办公室关于分解落实2024年市政府工作报告重点工作任务的通知',
    '各县（市、区）人民政府，市政府各部门：',
    '　　现将2024年市政府工作报告确定的重点工作任务分解如下，请认真抓好落实。',
    ...letter,
    ...taskLines,
    '　　　　　　　　　　　　云岭市人民政府办公室',
    '　　　　　　　　　　　　2024年2月20日',
  ].join('\n');
  const r = parseReport(text);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

export function who(d: ParsedDocument): { no: string | null; leaders: string[]; lead: string[]; support: string[]; date: string | null }[] {
  return d.tasks.map((t) => ({ no: t.no, leaders: t.leaders, lead: t.leadUnits, support: t.supportUnits, date: t.deadline?.date ?? null }));
}
