// npm run --silent match -- <targets-file> <review-file>: for every quantitative target of the first
// document, the achievement of the second that reports it, as JSON on stdout (exit 0):
//   [{ target: {metric, value, unit, text}, achievement: {metric, value, unit, text, estimate} | null,
//      status: exceeded | met | missed | not-reported, confidence }]
// A file that cannot be read or is not a report gets one line on stderr and exit 1; usage errors exit 2.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParsedDocument } from '../src/lib/model/document';
import { decodeText } from '../src/lib/parse/decode';
import { parseReport } from '../src/lib/parse/index';
import { achievementInputs, targetInputs, targetPlace } from '../src/lib/outcomes/documents';
import { isEstimate } from '../src/lib/outcomes/context';
import { matchOutcomes } from '../src/lib/outcomes/match';

function fail(reason: string, code = 1): never {
  process.stderr.write(`${reason}\n`);
  process.exit(code);
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

function load(file: string): ParsedDocument {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(`无法读取文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) fail(`${file}：${decoded.reason}`);
  const result = parseReport(decoded.text, { fileName: basename(file) });
  if (!result.ok) fail(`${file}：${result.reason}（${result.code}）`);
  return result.data;
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length !== 2) fail('用法：npm run --silent match -- <目标文件> <成绩文件>', 2);
const [targetFile, reviewFile] = files as [string, string];
const targetDoc = load(targetFile);
const reviewDoc = load(reviewFile);

const targets = targetInputs({ text: targetDoc.text, meta: targetDoc.document, targets: targetDoc.targets });
const achievements = achievementInputs({ text: reviewDoc.text, meta: reviewDoc.document, achievements: reviewDoc.achievements });
const matches = matchOutcomes(targets, achievements, {
  targetPlace: targetPlace(targetDoc.document),
  achievementPlace: reviewDoc.document.jurisdiction,
});

const targetById = new Map(targets.map((t) => [t.id, t]));
const achievementById = new Map(achievements.map((a) => [a.id, a]));
const original = new Map(targetDoc.targets.map((t) => [t.id, t]));
const originalAchievement = new Map(reviewDoc.achievements.map((a) => [a.id, a]));

const describe = (id: string) => {
  const a = achievementById.get(id);
  const o = originalAchievement.get(id);
  if (!a || !o) return null;
  // The metric as matched: a bare 总投资 after 744个重大项目 is 重大项目总投资.
  return { metric: a.metric, value: o.value, unit: o.unit, text: o.text, estimate: isEstimate(a, a.lead) };
};

const out = matches.map((m) => {
  const t = original.get(m.targetId) ?? targetById.get(m.targetId);
  const [first, ...rest] = m.achievementIds;
  return {
    target: { metric: targetById.get(m.targetId)?.metric ?? t?.metric ?? '', value: t?.value ?? null, unit: t?.unit ?? null, text: t?.text ?? '' },
    achievement: first ? describe(first) : null,
    ...(rest.length > 0 ? { more: rest.map(describe) } : {}),
    status: m.status,
    confidence: m.confidence,
    ...(m.note ? { note: m.note } : {}),
  };
});

if (targets.every((t) => t.value === null)) process.stderr.write(`提示：${targetFile} 中没有带数值的目标\n`);
else if (achievements.length === 0) process.stderr.write(`提示：${reviewFile} 中没有找到往年成绩数字\n`);
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
