// Numbers as government reports print them: 6.5, 1,200, 4.52万, 1.3万亿, 两千, 一百二十, 3千, 二〇二四.
// Pure functions; never throw. Multipliers are applied by moving the decimal point in the digit
// string, never by float multiplication, so 4.52万 is exactly 45200 (4.52 * 10000 is 45199.99…).

const FULL_WIDTH_DIGIT = /[０-９]/g;
const NEEDS_ASCII = /[０-９．％]/;

/** Full-width digits, point, comma and percent to ASCII; same length, so offsets survive. */
export function asciiDigits(s: string): string {
  if (!NEEDS_ASCII.test(s)) return s;
  return s
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/％/g, '%');
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Power of ten of a multiplier suffix: 万 → 4, 亿 → 8, 万亿 → 12, 千万 → 7; null if not one. */
export function multiplierExponent(suffix: string): number | null {
  const m = /^(十|百|千)?(万亿|亿|万)?$/.exec(suffix);
  if (!m || suffix === '') return null;
  const small = m[1] === '十' ? 1 : m[1] === '百' ? 2 : m[1] === '千' ? 3 : 0;
  const big = m[2] === '万亿' ? 12 : m[2] === '亿' ? 8 : m[2] === '万' ? 4 : 0;
  return small + big;
}

/**
 * Multiplies a plain decimal string ("4.52", "1,200") by 10^exp by moving its point.
 * Returns null when `decimal` is not a plain decimal.
 */
export function scaleDecimal(decimal: string, exp: number): number | null {
  const plain = decimal.replace(/,/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m) return null;
  const sign = m[1] ?? '';
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  const padded = digits.length < point ? digits + '0'.repeat(point - digits.length) : digits;
  const whole = padded.slice(0, point) || '0';
  const frac = padded.slice(point);
  const value = Number(`${sign}${whole}${frac ? '.' + frac : ''}`);
  return Number.isFinite(value) ? value : null;
}

const ARABIC = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/**
 * Parses a whole string as one number, or returns null.
 * Accepts Arabic decimals with thousands commas, an optional 十/百/千/万/亿/万亿 multiplier
 * (4.52万, 3.6亿, 1.3万亿, 3千), Chinese numerals (十, 二十, 一百二十, 两千, 三千五百, 一万二千, 六点五),
 * digit-by-digit numerals with a zero (二〇二四), and mixes (3千5百, 1万2千).
 * Plan names such as 十四五 or 十五五 are not numbers: they break the numeral grammar.
 */
export function parseNumber(input: string): number | null {
  if (typeof input !== 'string') return null;
  const s = asciiDigits(input).trim();
  if (s === '' || s.length > 64) return null;
  const arabic = ARABIC.exec(s);
  if (arabic) {
    const rest = s.slice(arabic[0].length);
    if (rest === '') return scaleDecimal(arabic[0], 0);
    const exp = multiplierExponent(rest);
    if (exp !== null) return scaleDecimal(arabic[0], exp);
    if (arabic[0].includes('.') || arabic[0].includes(',') || arabic[0].startsWith('-')) return null;
  }
  return parseChineseNumeral(s);
}

/** Digit-by-digit numerals: 二〇二四 → 2024 (only with a zero in them, so 一二三 stays unread). */
function parseDigitSequence(s: string): number | null {
  if (s.length < 2 || !/[〇零]/.test(s)) return null;
  let out = '';
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return Number(out);
}

type Token = { kind: 'digit'; value: number } | { kind: 'zero' } | { kind: 'small'; value: number } | { kind: 'big'; value: number } | { kind: 'point' };

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < s.length && (s[j] as string) >= '0' && (s[j] as string) <= '9') j++;
      tokens.push({ kind: 'digit', value: Number(s.slice(i, j)) });
      i = j;
      continue;
    }
    if (ch === '〇' || ch === '零') tokens.push({ kind: 'zero' });
    else if (CN_DIGIT[ch] !== undefined) tokens.push({ kind: 'digit', value: CN_DIGIT[ch] as number });
    else if (CN_SMALL_UNIT[ch] !== undefined) tokens.push({ kind: 'small', value: CN_SMALL_UNIT[ch] as number });
    else if (CN_BIG_UNIT[ch] !== undefined) tokens.push({ kind: 'big', value: CN_BIG_UNIT[ch] as number });
    else if (ch === '点') tokens.push({ kind: 'point' });
    else return null;
    i++;
  }
  return tokens;
}

/** Grammar of positional Chinese numerals: [digit] 千 [digit] 百 [digit] 十 [digit], grouped by 万 and 亿. */
function parseChineseNumeral(s: string): number | null {
  const seq = parseDigitSequence(s);
  if (seq !== null) return seq;
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return null;

  let total = 0; // everything above the current 万/亿 group
  let section = 0; // the current group, below 万
  let pending: number | null = null; // a digit waiting for its unit
  let lastSmall = Infinity; // small units must descend within a group: 千 > 百 > 十
  let lastBig = Infinity;
  let afterZero = false;
  let lastUnitValue = 0; // for the colloquial 两千五 = 2500
  let sawAny = false;

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'point') {
      // 六点五: only digits may follow the point.
      const whole = total + section + (pending ?? 0);
      if (!sawAny && pending === null) return null;
      let frac = '';
      for (const f of tokens.slice(k + 1)) {
        if (f.kind === 'digit' && f.value < 10) frac += String(f.value);
        else if (f.kind === 'zero') frac += '0';
        else return null;
      }
      if (frac === '') return null;
      return Number(`${whole}.${frac}`);
    }
    if (t.kind === 'zero') {
      if (pending !== null) return null;
      afterZero = true;
      sawAny = true;
      continue;
    }
    if (t.kind === 'digit') {
      if (pending !== null) return null; // 十四五: two digits with no unit between them
      pending = t.value;
      sawAny = true;
      continue;
    }
    if (t.kind === 'small') {
      if (t.value >= lastSmall) return null;
      if (pending === null) {
        // A bare 十 starts a number (十五 = 15); a bare 百/千 does not (千方百计).
        if (t.value !== 10 || sawAny) return null;
        pending = 1;
      }
      section += pending * t.value;
      pending = null;
      lastSmall = t.value;
      lastUnitValue = t.value;
      afterZero = false;
      sawAny = true;
      continue;
    }
    // big unit: 万 or 亿
    const wanYi = t.value === 1e8 && tokens[k - 1]?.kind === 'big' && lastBig === 1e4; // 一万亿
    if (pending === null && section === 0 && !wanYi) return null; // a bare 万 is not a number
    if (t.value >= lastBig && !wanYi) return null;
    const group = section + (pending ?? 0);
    if (t.value === 1e8) total = (total + group) * 1e8;
    else total += group * 1e4;
    section = 0;
    pending = null;
    lastSmall = Infinity;
    lastBig = t.value === 1e8 && lastBig === 1e4 ? 1e8 : t.value;
    lastUnitValue = t.value;
    afterZero = false;
  }
  if (!sawAny) return null;
  if (pending !== null) {
    // 两千五 → 2500: a trailing digit right after a unit counts in the next lower place.
    if (lastUnitValue >= 100 && !afterZero && pending < 10) {
      section += (pending * lastUnitValue) / 10;
    } else section += pending;
  }
  const value = total + section;
  return Number.isFinite(value) ? value : null;
}
