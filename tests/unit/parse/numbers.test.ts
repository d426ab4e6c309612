import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiDigits, multiplierExponent, parseNumber, scaleDecimal } from '../../../src/lib/parse/numbers';

describe('parseNumber', () => {
  it.each([
    ['6.5', 6.5],
    ['7', 7],
    ['1,200', 1200],
    ['1,234,567.5', 1234567.5],
    ['4.52万', 45200],
    ['1.52万', 15200],
    ['1.6万', 16000],
    ['0.5万', 5000],
    ['3.6亿', 360000000],
    ['1.3万亿', 1300000000000],
    ['1.5万亿', 1500000000000],
    ['3千', 3000],
    ['1千万', 10000000],
    ['２０２４', 2024],
    ['６．５', 6.5],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两千', 2000],
    ['三千五百', 3500],
    ['两千五', 2500],
    ['一万五', 15000],
    ['十万', 100000],
    ['一万二千', 12000],
    ['三亿五千万', 350000000],
    ['一万亿', 1000000000000],
    ['3千5百', 3500],
    ['1万2千', 12000],
    ['二〇二四', 2024],
    ['〇', 0],
    ['零', 0],
    ['六点五', 6.5],
    ['叁仟伍佰', 3500],
  ])('reads %s as %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([
    ['十四五'],
    ['十五五'],
    ['一二三'],
    ['十大'],
    ['千方百计'],
    ['万'],
    ['亿'],
    ['百'],
    ['千万'],
    ['abc'],
    [''],
    ['6.5%'],
    ['5G'],
    ['1.2.3'],
    ['1,20'],
    ['两两'],
    ['十十'],
    ['百千'],
    ['六点'],
  ])('returns null for %s', (input) => {
    expect(parseNumber(input)).toBeNull();
  });

  it('scales without float error for every two-decimal 万 figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), (cents) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}万`;
        expect(parseNumber(text)).toBe(cents * 100);
      }),
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseNumber(s);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,〇零一二两三四五六七八九十百千万亿点]{0,12}$/), (s) => {
        const v = parseNumber(s);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe('number helpers', () => {
  it.each([
    ['万', 4],
    ['亿', 8],
    ['万亿', 12],
    ['千万', 7],
    ['百万', 6],
    ['十万', 5],
    ['千', 3],
    ['', null],
    ['万万', null],
  ])('multiplier %s has exponent %s', (suffix, exp) => {
    expect(multiplierExponent(suffix)).toBe(exp);
  });

  it('moves the decimal point instead of multiplying', () => {
    expect(4.52 * 10000).not.toBe(45200);
    expect(scaleDecimal('4.52', 4)).toBe(45200);
    expect(scaleDecimal('1.23456', 4)).toBe(12345.6);
    expect(scaleDecimal('x', 4)).toBeNull();
  });

  it('maps full-width digits and percent without changing length', () => {
    const s = '增长６．５％';
    expect(asciiDigits(s)).toBe('增长6.5%');
    expect(asciiDigits(s).length).toBe(s.length);
  });
});
