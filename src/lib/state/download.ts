// The CSV file name: 随州-2024-任务清单-2026-11-23.csv, through the export helpers' sanitiser and clock.
import { today } from '../export/clock';
import { sanitizeFileName, shortPlace } from '../export/fileName';

export function csvFileName(place: string, year: string): string {
  const parts = [place ? shortPlace(place) : '', year, '任务清单', today()].filter(Boolean);
  return `${sanitizeFileName(parts.join('-'), '任务清单')}.csv`;
}
