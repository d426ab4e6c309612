import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonAssembler, splitJson } from '../../src/lib/db/jsonPieces';

describe('a JSON value in pieces', () => {
  it('puts any value back together exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 20 }), (value, maxWeight) => {
        const { skeleton, pieces } = splitJson(structuredClone(value), maxWeight);
        const assembler = new JsonAssembler(structuredClone(skeleton));
        for (const p of pieces) assembler.add(structuredClone(p));
        expect(assembler.value).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each message small: a backup of 3,000 tasks goes in slices of rows', () => {
    const tasks = Array.from({ length: 3000 }, (_, i) => ({ id: `d/t${i}`, text: '推进城市更新', leaders: ['张三'] }));
    const backup = { format: 'x', documents: [{ document: { id: 'd', sourceText: '原文' }, tasks }] };
    const { skeleton, pieces } = splitJson(backup, 1000);
    const taskPieces = pieces.filter((p) => p.path.join('.') === 'documents.0.tasks');
    expect(taskPieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.items.length))).toBeLessThanOrEqual(500);
    const assembler = new JsonAssembler(skeleton);
    for (const p of pieces) assembler.add(p);
    expect(assembler.value).toEqual(backup);
  });
});
