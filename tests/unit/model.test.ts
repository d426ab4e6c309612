import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/lib/model/document';

describe('ParsedDocument schema', () => {
  it('rejects a document whose span is negative', () => {
    const bad = {
      schemaVersion: 1,
      parserVersion: 'x',
      text: '',
      sections: [],
      tasks: [],
      targets: [],
      achievements: [],
      warnings: [],
      document: {
        title: '',
        jurisdiction: null,
        jurisdictionLevel: null,
        year: null,
        kind: 'report',
        reportOf: null,
        docNumber: null,
        issuedOn: null,
        issuer: null,
        fileName: null,
      },
    };
    expect(ParsedDocument.safeParse(bad).success).toBe(true);
    const withSection = { ...bad, sections: [{ id: 's1', no: null, title: '一', level: 1, parentId: null, kind: 'chapter', span: { start: -1, end: 2 } }] };
    expect(ParsedDocument.safeParse(withSection).success).toBe(false);
  });
});
