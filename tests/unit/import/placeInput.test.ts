import { describe, expect, it } from 'vitest';
import { readPlaceInput } from '../../../src/lib/import/placeInput';

describe('a typed place and year', () => {
  it('are stored by the place’s full name and level', () => {
    expect(readPlaceInput('长沙市', '2025')).toEqual({ ok: true, correction: { jurisdiction: '长沙市', jurisdictionLevel: 'city', year: 2025 } });
    expect(readPlaceInput(' 长沙 ', '2025')).toMatchObject({ ok: true, correction: { jurisdiction: '长沙市' } });
    expect(readPlaceInput('长沙县', '2025')).toMatchObject({ ok: true, correction: { jurisdiction: '长沙县', jurisdictionLevel: 'county' } });
    expect(readPlaceInput('楚雄州', '2024')).toMatchObject({ ok: true, correction: { jurisdiction: '楚雄彝族自治州' } });
    expect(readPlaceInput('黑龙江省', '2024')).toMatchObject({ ok: true, correction: { jurisdiction: '黑龙江省', jurisdictionLevel: 'province' } });
    expect(readPlaceInput('全国', '2024')).toMatchObject({ ok: true, correction: { jurisdiction: '全国', jurisdictionLevel: 'country' } });
  });

  it('refuse an unknown place or a bad year in Chinese', () => {
    expect(readPlaceInput('', '2024')).toMatchObject({ ok: false, reason: expect.stringMatching(/请填写地区/) });
    expect(readPlaceInput('不存在的地方', '2024')).toMatchObject({ ok: false, reason: expect.stringMatching(/名录中没有/) });
    expect(readPlaceInput('长沙市岳阳市', '2024')).toMatchObject({ ok: false });
    expect(readPlaceInput('长沙市', '24')).toMatchObject({ ok: false, reason: expect.stringMatching(/四位数字/) });
    expect(readPlaceInput('长沙市', '3024')).toMatchObject({ ok: false });
  });
});
