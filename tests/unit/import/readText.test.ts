import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText, precheck } from '../../../src/lib/import/readText';
import { MAX_FILE_BYTES } from '../../../src/lib/import/sniff';

const ROOT = resolve(__dirname, '../../..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/import', name)));
const seed = (name: string) => readFileSync(join(ROOT, 'seeds', name), 'utf8');
const NOTICE_2024 = seed('002_cc78cbd2ab743c91.txt');
const HONGHU_2024 = seed('004_8fc95960ca065cc7.txt');
const PROVINCE_NOTICE = seed('003_75f0195620c906fb.txt');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function expectText(fileName: string, bytes: Uint8Array) {
  const result = await readText(fileName, bytes);
  if (!result.ok) throw new Error(`expected text, got: ${result.problem.message}`);
  return result;
}

async function expectProblem(fileName: string, bytes: Uint8Array) {
  const result = await readText(fileName, bytes);
  if (result.ok) throw new Error(`expected a problem, got ${result.text.length} characters of ${result.format}`);
  expect(result.problem.message).toContain(`「${fileName}」`);
  return result.problem;
}

describe('readText: encodings are detected from the bytes', () => {
  it('reads a GBK file made from a seed back to exactly the seed text', async () => {
    const bytes = fixture('notice-gbk.txt');
    expect(bytes.length).toBeLessThan(utf8(NOTICE_2024).length); // really two bytes per 汉字, not UTF-8
    const result = await expectText('通知.txt', bytes);
    expect(result.format).toBe('gb18030');
    expect(result.text).toBe(NOTICE_2024);
  });

  it.each([
    ['report-utf16le.txt', 'utf-16le'],
    ['report-utf16be.txt', 'utf-16be'],
  ] as const)('reads %s (with byte-order mark) as %s without the mark', async (name, encoding) => {
    const result = await expectText(name, fixture(name));
    expect(result.format).toBe(encoding);
    expect(result.text).toBe(HONGHU_2024);
  });

  it('reads UTF-8 with and without a byte-order mark to the same text', async () => {
    const plain = await expectText('a.txt', utf8(HONGHU_2024));
    const withBom = await expectText('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(HONGHU_2024)]));
    expect(plain.format).toBe('utf-8');
    expect(withBom.format).toBe('utf-8');
    expect(withBom.text).toBe(plain.text);
    expect(plain.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('accepts a file without an extension as text', async () => {
    expect((await expectText('政府工作报告', utf8(HONGHU_2024))).text).toBe(HONGHU_2024);
  });
});

describe('readText: .docx', () => {
  it('extracts the paragraphs of a .docx made from a seed, in order', async () => {
    const result = await expectText('分解通知.docx', fixture('notice.docx'));
    expect(result.format).toBe('docx');
    const paragraphs = result.text.split('\n').filter((l) => l.trim() !== '');
    const seedLines = PROVINCE_NOTICE.split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(paragraphs).toEqual(seedLines);
  });

  it('reads a .docx saved with a .txt name as the Word file it is', async () => {
    const result = await expectText('通知.txt', fixture('notice.docx'));
    expect(result.format).toBe('docx');
  });

  it('refuses a zip without a Word body given a .txt name', async () => {
    const p = await expectProblem('压缩包.txt', fixture('no-body.docx'));
    expect(p.code).toBe('binary');
    expect(p.reason).toContain('ZIP');
  });

  it('names a truncated .docx as incomplete', async () => {
    const p = await expectProblem('半截.docx', fixture('truncated.docx'));
    expect(p.code).toBe('docx-corrupt');
    expect(p.reason).toContain('不完整');
  });

  it('names a zip without word/document.xml', async () => {
    const p = await expectProblem('空壳.docx', fixture('no-body.docx'));
    expect(p.code).toBe('docx-corrupt');
    expect(p.reason).toContain('word/document.xml');
  });

  it('names a text file renamed .docx as not a real .docx', async () => {
    const p = await expectProblem('改名.docx', fixture('plain-text-renamed.docx'));
    expect(p.code).toBe('docx-corrupt');
    expect(p.reason).toContain('并非真正的 .docx');
  });
});

describe('readText: bad input is refused with a reason', () => {
  it('refuses a PNG image renamed .txt', async () => {
    const p = await expectProblem('image.txt', fixture('image.txt'));
    expect(p.code).toBe('binary');
    expect(p.reason).toContain('PNG');
  });

  it('refuses a PDF renamed .txt', async () => {
    const p = await expectProblem('scan.txt', fixture('scan.txt'));
    expect(p.code).toBe('binary');
    expect(p.reason).toContain('PDF');
  });

  it('reads an Office 97-2003 file renamed .txt as one: a damaged one gets the reason and the way out', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const p = await expectProblem('旧文档.txt', ole);
    expect(p.code).toBe('docx-corrupt');
    expect(p.reason).toBe('Word 文件已损坏（复合文档的扇区大小无效），请在 Word 或 WPS 中打开后另存为 .docx 再导入');
  });

  it('refuses unknown binary content by its control bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    bytes[0] = 0x41; // no known signature
    const p = await expectProblem('data.txt', bytes);
    expect(p.code).toBe('binary');
  });

  it('refuses an empty file and a file of only whitespace', async () => {
    expect((await expectProblem('空.txt', new Uint8Array(0))).code).toBe('empty');
    expect((await expectProblem('空白.txt', utf8(' \n\u3000\r\n\t'))).code).toBe('empty');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', async () => {
    // 0xFF can start no character in either encoding.
    const bytes = new Uint8Array([...utf8('政府工作报告'), 0xff, 0xff, ...utf8('一、总体要求')]);
    const p = await expectProblem('乱码.txt', bytes);
    expect(p.code).toBe('undecodable');
    expect(p.reason).toContain('编码');
  });

  it('refuses a file over the size limit, stating the limit', async () => {
    const p = await expectProblem('巨大.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41));
    expect(p.code).toBe('too-large');
    expect(p.reason).toContain('20 MB');
    expect(precheck('巨大.txt', MAX_FILE_BYTES)).toBeNull();
  });

  it.each(['报告.dot', '报告.wpt', '报告.rtf'])('tells the user to save %s as .docx or .txt', async (name) => {
    const p = await expectProblem(name, utf8('whatever'));
    expect(p.code).toBe('unsupported-format');
    expect(p.reason).toContain('另存为');
  });

  it.each(['报告.doc', '报告.wps', '报告.WPS'])('says %s holding text is no real Word file, and how to save it', async (name) => {
    const p = await expectProblem(name, utf8('whatever'));
    expect(p.code).toBe('docx-corrupt');
    expect(p.reason).toMatch(/^文件已损坏或并非真正的(Word 97-2003 |WPS 文字)文档（缺少复合文档的文件头），请在 Word 或 WPS 中打开后另存为 \.docx 再导入$/);
  });

  it('says what to do with a PDF whose text layer holds nothing readable', async () => {
    const p = await expectProblem('报告.pdf', fixture('scan.txt'));
    expect(p.reason).toContain('.docx');
  });

  it('refuses other file types by name', async () => {
    const p = await expectProblem('演示.pptx', utf8('x'));
    expect(p.code).toBe('unsupported-format');
    expect(p.reason).toContain('.xlsx');
  });
});
