// Chinese sort order (pinyin, as zh-CN collation gives it) with one shared collator: `a.localeCompare(b,
// 'zh-CN')` builds a collator on every call, which made sorting a thousand documents take half a second.
const collator = new Intl.Collator('zh-CN');

export const compareZh: (a: string, b: string) => number = collator.compare;
