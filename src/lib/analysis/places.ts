// Who a document's figures belong to, and a short unique label for it in legends and axes.
import type { DocumentMeta } from '../model/document';
import type { DocumentInfo } from '../model/rows';
import { compareZh } from '../text/collate';

const PLACE = /(?:省|市|县|区|州|盟|旗)$/;

/**
 * The place whose targets a document states: a city notice that decomposes the provincial report
 * lists the province's targets, so its reportOf counts; otherwise the document's own jurisdiction.
 */
export function targetPlace(meta: Pick<DocumentMeta, 'kind' | 'reportOf' | 'jurisdiction'>): string | null {
  if (meta.kind === 'notice' && meta.reportOf) {
    const place = meta.reportOf.replace(/(?:人民政府|政府)$/, '');
    if (PLACE.test(place)) return place;
  }
  return meta.jurisdiction;
}

const KIND_LABEL: Record<DocumentMeta['kind'], string> = { report: '报告', 'report-summary': '报告摘要', notice: '分解通知' };

/** 随州市2024年; made unique among the given documents by kind, then 文号, then a counter. */
export function docLabels(docs: readonly DocumentInfo[]): Map<string, string> {
  const base = (d: DocumentInfo) => `${targetPlace(d.meta) ?? '未知地区'}${d.meta.year !== null ? `${d.meta.year}年` : '（年份不详）'}`;
  const steps: Array<(d: DocumentInfo) => string> = [
    base,
    (d) => `${base(d)}（${KIND_LABEL[d.meta.kind]}）`,
    (d) => `${base(d)}（${d.meta.docNumber ?? KIND_LABEL[d.meta.kind]}）`,
  ];
  const out = new Map<string, string>();
  let pending = [...docs];
  for (const step of steps) {
    const counts = new Map<string, number>();
    for (const d of pending) counts.set(step(d), (counts.get(step(d)) ?? 0) + 1);
    const taken = new Set(out.values());
    const next: DocumentInfo[] = [];
    for (const d of pending) {
      const label = step(d);
      if (counts.get(label) === 1 && !taken.has(label)) out.set(d.id, label);
      else next.push(d);
    }
    pending = next;
  }
  const taken = new Set(out.values());
  for (const d of pending) {
    const stem = steps[2]!(d);
    let n = 2;
    while (taken.has(`${stem}#${n}`)) n++;
    out.set(d.id, `${stem}#${n}`);
    taken.add(`${stem}#${n}`);
  }
  return out;
}

/** Documents in reading order: by year, then place. */
export function sortDocuments(docs: readonly DocumentInfo[]): DocumentInfo[] {
  return docs.slice().sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0) || compareZh(targetPlace(a.meta) ?? '', targetPlace(b.meta) ?? '') || a.id.localeCompare(b.id));
}
