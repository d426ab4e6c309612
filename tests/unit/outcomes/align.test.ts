import { describe, expect, it } from 'vitest';
import { alignTasks, chapterLookup, coverageByChapter, ngrams } from '../../../src/lib/outcomes/align';

const items = (...texts: string[]) => texts.map((text, i) => ({ id: `x${i}`, text }));

describe('ngrams', () => {
  it('takes n-grams within runs of Chinese characters only', () => {
    expect(ngrams('建设绿道，12公里', [2])).toEqual(['建设', '设绿', '绿道', '公里']);
    expect(ngrams('新建A级景区', [1, 2])).toEqual(['新', '建', '新建', '级', '景', '区', '级景', '景区']);
  });
});

describe('alignTasks', () => {
  const city = items('新建城市绿道十二公里', '改造老旧小区一百个', '开展促消费活动一百场', '建设智慧城市数字平台');

  it('finds the task with the same words first, with a cosine near 1 for the same text', () => {
    const [a] = alignTasks(items('改造老旧小区一百个'), city);
    expect(a?.matches[0]).toEqual({ id: 'x1', score: 1 });
  });

  it('ranks by shared words, keeps at most k, and drops matches below minScore', () => {
    const [a] = alignTasks(items('加快改造城市老旧小区，建设绿道'), city, { k: 2 });
    expect(a?.matches).toHaveLength(2);
    expect(a?.matches[0]?.id).toBe('x1');
    expect(a!.matches[0]!.score).toBeGreaterThan(a!.matches[1]!.score);
    const [none] = alignTasks(items('推进供销社综合改革'), city);
    expect(none?.matches).toEqual([]);
  });

  it('does not depend on the order of the tasks it searches', () => {
    const q = items('开展促消费系列活动', '建设数字城市');
    const forward = alignTasks(q, city);
    const backward = alignTasks(q, [...city].reverse());
    expect(backward).toEqual(forward);
  });

  it('gives every task of the first list an entry, in order, even with nothing to search', () => {
    expect(alignTasks(items('甲乙丙', '丁戊己'), [])).toEqual([
      { id: 'x0', matches: [] },
      { id: 'x1', matches: [] },
    ]);
  });
});

describe('coverageByChapter', () => {
  it('counts per chapter the tasks whose best match reaches the threshold', () => {
    const sections = [
      { id: 's1', title: '科技创新', parentId: null },
      { id: 's2', title: '创新平台', parentId: 's1' },
      { id: 's3', title: '民生项目', parentId: null },
    ];
    const tasks = [
      { id: 't1', sectionId: 's2' },
      { id: 't2', sectionId: 's2' },
      { id: 't3', sectionId: 's3' },
    ];
    const chapterOf = chapterLookup(sections, tasks);
    expect(chapterOf('t1')).toEqual({ id: 's1', title: '科技创新' });
    const coverage = coverageByChapter(
      [
        { id: 't1', matches: [{ id: 'c1', score: 0.5 }] },
        { id: 't2', matches: [{ id: 'c2', score: 0.05 }] },
        { id: 't3', matches: [] },
      ],
      chapterOf,
      0.14,
    );
    expect(coverage).toEqual([
      { chapterId: 's1', title: '科技创新', total: 2, covered: 1 },
      { chapterId: 's3', title: '民生项目', total: 1, covered: 0 },
    ]);
  });
});
