// What the user typed to correct a document's place and year, checked: a place the gazetteer knows
// (its full name is stored) and a four-digit year. Pure; the messages are the page's.
import type { PlaceCorrection } from '../model/placeCorrection';
import { placeByName } from '../parse/reportPlace';

export type PlaceInput = { ok: true; correction: PlaceCorrection } | { ok: false; reason: string };

export function readPlaceInput(placeText: string, yearText: string): PlaceInput {
  const typed = placeText.trim();
  if (typed === '') return { ok: false, reason: '请填写地区，如“某某市”“某某县”' };
  const place = placeByName(typed);
  if (!place) return { ok: false, reason: `行政区划名录中没有“${typed.slice(0, 30)}”，请填写完整的地名，如“某某市”“某某县”` };
  const y = yearText.trim();
  if (!/^\d{4}$/.test(y) || Number(y) < 1949 || Number(y) > 2100) return { ok: false, reason: '年份应为四位数字，如 2024' };
  return { ok: true, correction: { jurisdiction: place.name, jurisdictionLevel: place.level, year: Number(y) } };
}
