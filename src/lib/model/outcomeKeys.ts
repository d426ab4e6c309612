// How a pair decision (model/outcomes.ts) finds its target and achievement again after a re-parse: a
// new parser gives rows new local ids, so both are keyed by their document and a hash of what they
// say (words, value, unit) — two targets read from one sentence (新增2家国家级、15家省级…) differ by value.
import { contentHash } from './hash';

interface Figure {
  docId: string;
  text: string;
  value: number | null;
  unit: string | null;
}

const fingerprint = (f: Figure) => contentHash(`${f.text}\u0000${f.value ?? ''}\u0000${f.unit ?? ''}`);

export function targetKey(t: Figure): string {
  return `${t.docId}#target:${fingerprint(t)}`;
}

export function achievementKey(a: Figure): string {
  return `${a.docId}#ach:${fingerprint(a)}`;
}
