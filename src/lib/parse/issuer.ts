// The place a notice speaks for is its issuer's: the office named in the title (某市人民政府办公室关于…)
// or above the signature date. Districts, counties and development zones named in the 主送 line or in a
// task's units are not it. 国务院 speaks for the whole country.
import type { Line } from './lines';
import { countMentions, parentOf, placeByCode, placesNamed, type Place } from './place';

/** 某某市人民政府办公室 / 某某县人民政府 / 某某区政府办公室 at a line start; the place is the words before. */
const ISSUING_OFFICE = /^(?:中共)?([\u4e00-\u9fff]{2,20}?)(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|管理委员会|管委会|委办公室|委办公厅)/;
/** A title naming its issuer, any body of the place: 某某市发展和改革委员会关于…的通知. */
const BODY_TITLE = /^([\u4e00-\u9fff]{2,12}?[省市县区州旗盟])[\u4e00-\u9fff]{1,20}?关于[^。]*(?:通知|意见|方案)$/;
/** A title naming its place first: 某某市2024年政府工作报告重点工作任务分解表, 某某县关于…的通知. */
const PLACE_TITLE = /^([\u4e00-\u9fff]{2,20}?)(?:(?:19|20)\d{2}年|关于)[^。，；：:]*(?:通知|分解表|分工表|清单|方案)[,，\t]*$/;
const STATE_COUNCIL = /^国务院(?:办公厅)?(?:关于|$)/;

export type IssuerPlace = { country: true } | { country: false; place: Place };

/**
 * The issuer's place from the head lines (title, issuing office) or, failing that, any signature line.
 * Only a name the gazetteer knows in full (芜湖市, 平江县, 某某经济技术开发区 if listed) is taken; a bare
 * 市人民政府办公室 names nothing. Where two places share the name, the one whose superiors the text names wins.
 */
export function findIssuerPlace(lines: readonly Line[], text: string): IssuerPlace | null {
  const head = lines.slice(0, 15);
  for (const [group, signature] of [
    [head, false],
    [lines, true],
  ] as const) {
    for (const l of group) {
      if (STATE_COUNCIL.test(l.text)) return { country: true };
      for (const re of signature ? [ISSUING_OFFICE] : [ISSUING_OFFICE, PLACE_TITLE, BODY_TITLE]) {
        const m = re.exec(l.text);
        // Past the head only a signature line counts: the office alone, or with its date (…办公室 2023年2月10日印发).
        if (!m || (signature && !/^[\s\u3000]*(?:(?:19|20)\d{2}年[^\n]*)?$/.test(l.text.slice(m[0].length)))) continue;
        const place = placeOfName(m[1] as string, text);
        if (place) return { country: false, place };
      }
    }
  }
  return null;
}

/** The gazetteer place named exactly by `name`, or by its longest tail (湖北省随州市 → 随州市). */
function placeOfName(name: string, text: string): Place | null {
  for (let s = 0; s < name.length - 1; s++) {
    const found = placesNamed(name.slice(s));
    if (found.length === 0) continue;
    if (found.length === 1) return found[0] as Place;
    const counts = countMentions(text);
    let best: Place | null = null;
    let bestScore = -1;
    for (const p of found) {
      let score = 0;
      for (let q = parentOf(p); q; q = parentOf(q)) score += counts.get(q.code) ?? 0;
      if (score > bestScore) [best, bestScore] = [p, score];
    }
    return best ?? placeByCode((found[0] as Place).code);
  }
  return null;
}
