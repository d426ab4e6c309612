// A notice's own letter, wherever it stands (before the tasks, after them, around a table): its
// requirements to the units (一、加强组织领导。各责任单位要… / 2.各牵头单位于每月10日前报送…), its
// reporting rules, the 抄送 / 印发 block, and what a web page prints around it (打印本页, 分享到, 发布时间).
// None of these is a task, or part of one, even when numbered like one.
import { markerOf } from './lines';
import { PAGE_NUMBER } from './normalize';

/** The units a requirement speaks to: 各地各部门, 各责任单位, 请各牵头单位, 各县（市、区）…. */
const ADDRESSED = /^(?:请|由)?各(?:地|级|县|区|市|乡镇|镇|街道|部门|单位|责任单位|牵头单位|配合单位|协办单位|主办单位|承办单位|有关单位|相关单位|成员单位)/;
/** An ordering of what the units must do, not a piece of work. */
const OBLIGATION = /要|须|应|务必|于|请|确保/;
/** Words that say who does a task: a line carrying them is a task with its responsibility, not the letter. */
const RESPONSIBILITY = /[（(【〔][^）)】〕]{0,80}(?:牵头|负责|配合|单位|领导)|(?:牵头|责任|配合|协办|主办)(?:单位|部门|领导)[：:]/;
/** A requirement's short heading before its sentence: 一、加强组织领导。 / 二、严格报送时限： */
const REQUIREMENT_HEAD = /^[^。：:，]{2,10}[。：:]/;
/** A reporting rule: a recurring or dated deadline for reporting back. */
const REPORTS = /(?:报送|上报|报市|报县|报区|报省|报牵头单位)/;
const WHEN = /每(?:月|季度|季|半年|年)|逢[单双]月|(?:\d{1,2})月(?:\d{1,2})日前|\d{1,2}月底|工作日内|提前\d{1,2}个工作日/;

const CLOSING = [
  /^抄送[：:]/,
  /^抄报[：:]/,
  /^[（(]此件[^）)]{0,12}[）)]$/,
  /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发$/,
  /[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日印发$/,
];

/** What a web page prints around a document: navigation, the page's own dates and counters, buttons. */
const FURNITURE = [
  /^首页\s*[>＞»]/,
  /^(?:当前位置|您的位置|您现在的位置)[：:]/,
  /^发布(?:时间|日期)[：:]/,
  /^(?:来源|信息来源|浏览次数|点击数|阅读次数)[：:]/,
  /^【?字体[：:]?\s*[大中小]/,
  /^(?:【\s*(?:打印本页|关闭窗口|打印|关闭|收藏|返回顶部)\s*】\s*)+$/,
  /^(?:打印本页|关闭窗口|打印|关闭)(?:\s+(?:打印本页|关闭窗口|打印|关闭))*$/,
  /^分享到[：:]?/,
  /^(?:日期|时间|发文日期|成文日期)[：:]\s*(?:19|20)\d{2}[-/.年]/,
  /^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(?:【[大中小]】\s*)+$/,
  /^(?:访问量|阅读量|浏览量|阅读数)[：:]/,
  /^相关链接[：:]/,
  /^扫一扫在手机打开/,
];

/** Page furniture and page numbers: not text at all (an item cut by them goes on after them). */
export function isNoiseLine(line: string): boolean {
  if (line.length > 80) return false;
  return PAGE_NUMBER.test(line) || FURNITURE.some((re) => re.test(line));
}

/** The letter's own words: a requirement addressed to the units, a reporting rule, the 抄送 / 印发 block. */
export function isLetterLine(line: string): boolean {
  if (CLOSING.some((re) => re.test(line))) return true;
  if (RESPONSIBILITY.test(line)) return false;
  let body = line.slice(markerOf(line).length).trimStart();
  const head = REQUIREMENT_HEAD.exec(body);
  if (head && !ADDRESSED.test(body)) body = body.slice(head[0].length);
  if (ADDRESSED.test(body) && OBLIGATION.test(body)) return true;
  // 1.加强组织领导。要把…摆上重要位置: a requirement whose sentence opens with the obligation itself.
  if (head && /^(?:要|须|必须|务必)/.test(body)) return true;
  return REPORTS.test(body) && WHEN.test(body);
}
