// Reads a .cpuprofile (PROFILE_DUMP=dir npx tsx scripts/profileOpen.ts …) and prints the functions
// with the most inclusive time (each function counted once per sample), to see which of the app's
// own functions the native time (measureText, layout) is spent under.
//   npx tsx scripts/profileStacks.ts file.cpuprofile [--top=40] [--under=name]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
const file = process.argv[2] as string;
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 40);
const under = process.argv.find((a) => a.startsWith('--under='))?.slice(8);
const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; startTime: number; endTime: number; samples: number[] };
const msPerSample = (p.endTime - p.startTime) / 1000 / Math.max(1, p.samples.length);
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} :${n.callFrame.lineNumber + 1}`;
const inclusive = new Map<string, number>();
for (const n of p.nodes) {
  if (!n.hitCount) continue;
  const seen = new Set<string>();
  const stack: string[] = [];
  for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) stack.push(name(byId.get(id) as Node));
  if (under && !stack.some((s) => s.startsWith(under))) continue;
  for (const s of stack) if (!seen.has(s)) seen.add(s);
  for (const s of seen) inclusive.set(s, (inclusive.get(s) ?? 0) + n.hitCount * msPerSample);
}
for (const [fn, ms] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${fn}`);
