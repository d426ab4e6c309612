// Lines and table rows rebuilt from a PDF page's text items (invented pages, positions as pdf.js gives them).
import { describe, expect, it } from 'vitest';
import { horizontalRules, mayHoldTable, pageLines, pdfText, type PdfRule, type PdfTextItem } from '../../../src/lib/import/pdfLines';

/** A run of text at (x, y), 10 units per Chinese character, 5 per other character. */
function run(str: string, x: number, y: number): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 10 : 5), 0);
  return { str, x, y, width, size: 10 };
}
const page = (items: PdfTextItem[], rules: PdfRule[] = []) => ({ items, rules });

describe('lines of a PDF page', () => {
  it('puts runs on one baseline into one line, left to right, top line first, Chinese without spaces', () => {
    const items = [run('年工作要点', 122, 700.2), run('2023', 100, 700), run('关于印发', 60, 720), run('各区县：', 60, 688), run(' ', 120, 700)];
    expect(pageLines(page(items))).toEqual(['关于印发', '2023年工作要点', '各区县：']);
  });

  it('keeps a space between words and joins pages with a newline', () => {
    expect(pdfText([page([run('Page', 60, 700), run('one', 85, 700)]), page([run('第二页', 60, 700)])])).toBe('Page one\n第二页');
  });

  it('writes a table as tab-separated rows: columns where the header cells start, a wrapped cell joined', () => {
    const items = [
      run('序号', 60, 600),
      run('工作任务', 90, 600),
      run('牵头单位', 200, 600),
      run('完成时限', 280, 600),
      run('1', 60, 580),
      run('建设城东污水处理厂', 90, 580),
      run('区住房和城', 200, 580),
      run('2022年', 280, 580),
      run('乡建设局', 200, 568),
      run('9月底前', 280, 568),
      // an empty 牵头单位 cell in this row
      run('2', 60, 550),
      run('新增停车位800个', 90, 550),
      run('2022年', 280, 550),
    ];
    expect(pageLines(page(items))).toEqual(['序号\t工作任务\t牵头单位\t完成时限', '1\t建设城东污水处理厂\t区住房和城乡建设局\t2022年9月底前', '2\t新增停车位800个\t\t2022年']);
  });

  it('joins a name padded to three characters (周　敏) within its column', () => {
    const items = [
      run('序号', 60, 600),
      run('任务', 90, 600),
      run('责任领导', 200, 600),
      run('1', 60, 580),
      run('修缮老街', 90, 580),
      run('周', 200, 580),
      run('　', 210, 580),
      run('敏', 220, 580),
    ];
    expect(pageLines(page(items))[1]).toBe('1\t修缮老街\t周敏');
  });

  it('gives every row of a merged cell its text where the borders show the merge, and only there', () => {
    const items = [
      run('序号', 60, 600),
      run('任务', 90, 600),
      run('责任领导', 200, 600),
      run('1', 60, 580),
      run('修缮老街', 90, 580),
      run('周敏', 200, 580),
      run('2', 60, 560),
      run('疏浚河道', 90, 560),
    ];
    // the line under row 1 stops short of the 责任领导 column: its cell spans rows 1 and 2
    const merged = [{ x1: 55, x2: 195, y: 575 }];
    expect(pageLines(page(items, merged))[2]).toBe('2\t疏浚河道\t周敏');
    // a border across the whole row: the cell of row 2 is empty
    expect(pageLines(page(items, [{ x1: 55, x2: 300, y: 575 }]))[2]).toBe('2\t疏浚河道');
    // no borders drawn at all: nothing to tell a merge from an empty cell, so nothing is guessed
    expect(pageLines(page(items))[2]).toBe('2\t疏浚河道');
  });

  it('goes on with a table on the next page past a page number', () => {
    const first = page([
      run('序号', 60, 600),
      run('任务', 90, 600),
      run('牵头单位', 200, 600),
      run('1', 60, 580),
      run('修缮老街', 90, 580),
      run('区文旅局', 200, 580),
      run('— 1 —', 150, 40),
    ]);
    // the next page starts with a row whose 任务 cell is empty: its columns are still the header's
    const second = page([run('2', 60, 780), run('区水务局', 200, 780)]);
    expect(pdfText([first, second]).split('\n')).toEqual(['序号\t任务\t牵头单位', '1\t修缮老街\t区文旅局', '— 1 —', '2\t\t区水务局']);
  });

  it('ends a table at a paragraph starting left of its columns', () => {
    const items = [
      run('序号', 60, 600),
      run('任务', 90, 600),
      run('牵头单位', 200, 600),
      run('1', 60, 580),
      run('修缮老街', 90, 580),
      run('区文旅局', 200, 580),
      run('抄送：区委办。', 40, 540),
    ];
    expect(pageLines(page(items)).at(-1)).toBe('抄送：区委办。');
  });

  it('tells a page that may hold a table from plain text', () => {
    expect(mayHoldTable([run('序号', 60, 600), run('任务', 90, 600), run('牵头单位', 200, 600)])).toBe(true);
    expect(mayHoldTable([run('各区县人民政府：', 60, 600)])).toBe(false);
  });

  it('finds horizontal lines in path data, under the transform in force', () => {
    // moveTo 0,0 lineTo 100,0 (horizontal), a vertical line, and a rectangle's edges, shifted by (10, 20)
    const rules = horizontalRules([{ data: [0, 0, 0, 1, 100, 0, 0, 5, 0, 1, 5, 50, 0, 0, 30, 1, 40, 30, 1, 40, 31, 1, 0, 31, 4], matrix: [1, 0, 0, 1, 10, 20] }]);
    expect(rules).toEqual([
      { x1: 10, x2: 110, y: 20 },
      { x1: 10, x2: 50, y: 50 },
      { x1: 10, x2: 50, y: 51 },
    ]);
  });
});
