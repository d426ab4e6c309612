import { describe, expect, it } from 'vitest';
import { toRows } from '../../../src/lib/db/rows';
import { AchievementRow } from '../../../src/lib/model/rows';
import type { ParsedDocument } from '../../../src/lib/model/document';

describe('stored achievements', () => {
  it('keep the year the figure was achieved in apart from the report year', () => {
    const parsed: ParsedDocument = {
      schemaVersion: 1,
      parserVersion: 't',
      text: '地区生产总值增长6.5%',
      sections: [],
      tasks: [],
      targets: [],
      warnings: [],
      document: {
        title: '政府工作报告',
        jurisdiction: '随州市',
        jurisdictionLevel: 'city',
        year: 2025,
        kind: 'report',
        reportOf: null,
        docNumber: null,
        issuedOn: null,
        issuer: null,
        fileName: null,
      },
      achievements: [
        {
          id: 'a1',
          metric: '地区生产总值',
          verb: '增长',
          value: 6.5,
          unit: '%',
          qualifier: null,
          year: 2024,
          text: '地区生产总值增长6.5%',
          sectionId: null,
          span: { start: 0, end: 12 },
        },
      ],
    };
    const rows = toRows(parsed, { docId: 'd1', source: 'bundled', sourceText: parsed.text, fileName: null, importedAt: '2026-01-01T00:00:00.000Z' });
    const a = AchievementRow.parse(rows.achievements[0]);
    expect([a.year, a.achievedYear]).toEqual([2025, 2024]);
  });
});
