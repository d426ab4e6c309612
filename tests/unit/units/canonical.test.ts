import { describe, expect, it } from 'vitest';
import { buildRegistry, canonicalName, ruleCanonical, type UnitEdit } from '../../../src/lib/units/canonical';

const same = (a: string, b: string) => expect(ruleCanonical(a).canonical).toBe(ruleCanonical(b).canonical);

describe('ruleCanonical', () => {
  it('expands standard short forms after the level prefix', () => {
    same('市文旅局', '市文化和旅游局');
    same('市发改委', '市发展和改革委员会');
    same('县人社局', '县人力资源和社会保障局');
    same('省卫健委', '省卫生健康委员会');
    same('区市场监管局', '区市场监督管理局');
    same('某某市住建局', '某某市住房和城乡建设局');
    same('市委编办', '市委机构编制委员会办公室');
    same('市委外办', '市委外事工作委员会办公室');
    expect(ruleCanonical('市文旅局').canonical).toBe('市文化和旅游局');
  });

  it('reads the central bank and vertical agencies written with or without their parent', () => {
    same('人行某某市分行', '中国人民银行某某市分行');
    same('人民银行某某县支行', '中国人民银行某某县支行');
    same('国家金融监管总局某某监管分局', '某某金融监管分局');
    same('国家税务总局某某市税务局', '某某市税务局');
    same('团市委', '共青团市委');
  });

  it("names a department the same with or without its government, but not the government's own offices", () => {
    same('市国资委', '市政府国资委');
    same('市国资委', '市人民政府国资委');
    same('县政府办公室', '县人民政府办公室');
    same('市政府办', '市人民政府办公室');
    expect(ruleCanonical('市政府督查室').canonical).toBe('市人民政府督查室');
    same('某某区政府', '某某区人民政府');
  });

  it('keeps a bracketed office as an alias of its host', () => {
    expect(ruleCanonical('市委宣传部（市委文明办）')).toEqual({ canonical: '市委宣传部', aliases: ['市委文明办'] });
    expect(ruleCanonical('市发改委(市营商环境办)')).toEqual({ canonical: '市发展和改革委员会', aliases: ['市营商环境办'] });
  });

  it('leaves collective placeholders and unknown names as written', () => {
    expect(ruleCanonical('各县市区政府及管委会').canonical).toBe('各县市区政府及管委会');
    expect(ruleCanonical('市某某工作专班').canonical).toBe('市某某工作专班');
    expect(ruleCanonical('发改委').canonical).toBe('发改委');
    expect(ruleCanonical(' 市财政局 ').canonical).toBe('市财政局');
  });
});

describe('buildRegistry', () => {
  const names = ['市文旅局', '市文旅局', '市文化和旅游局', '市委宣传部（市委文明办）', '市委文明办', '市委宣传部', '市财政局', '市国资委', '市政府国资委'];

  it('gives one canonical name per unit and lists the written names, most used first', () => {
    const r = buildRegistry(names);
    expect(r.canonicalOf.get('市文旅局')).toBe('市文化和旅游局');
    expect(r.writtenOf.get('市文化和旅游局')).toEqual(['市文旅局', '市文化和旅游局']);
    expect(r.canonicalOf.get('市国资委')).toBe(r.canonicalOf.get('市政府国资委'));
    expect(r.writtenOf.get('市财政局')).toEqual(['市财政局']);
  });

  it('shows the canonical name when documents write it, else the most used spelling', () => {
    const r = buildRegistry(['市发改委', '市发改委', '市发改委（市营商环境办）', '市文旅局', '市文化和旅游局', '市国资委', '市政府国资委', '市政府国资委']);
    expect(r.labelOf.get('市发展和改革委员会')).toBe('市发改委');
    expect(r.labelOf.get('市文化和旅游局')).toBe('市文化和旅游局');
    expect(r.labelOf.get(r.canonicalOf.get('市国资委')!)).toBe('市政府国资委');
  });

  it('counts an alias written alone as its host, and remembers the alias', () => {
    const r = buildRegistry(names);
    expect(r.canonicalOf.get('市委文明办')).toBe('市委宣传部');
    expect(r.canonicalOf.get('市委宣传部（市委文明办）')).toBe('市委宣传部');
    expect(r.writtenOf.get('市委宣传部')).toEqual(expect.arrayContaining(['市委宣传部', '市委宣传部（市委文明办）', '市委文明办']));
    expect(r.aliasesOf.get('市委宣传部')).toEqual(['市委文明办']);
  });

  it('does not give an alias claimed by two hosts to either', () => {
    const r = buildRegistry(['市甲局（市联合办）', '市乙局（市联合办）', '市联合办']);
    expect(r.canonicalOf.get('市联合办')).toBe('市联合办');
  });

  it('applies a merge to the whole unit, and forgets it when the edit is removed', () => {
    const merge: UnitEdit = { kind: 'merge', from: '市文化和旅游局', into: '市财政局' };
    const r = buildRegistry(names, [merge]);
    expect(r.canonicalOf.get('市文旅局')).toBe('市财政局');
    expect(r.writtenOf.get('市财政局')?.[0]).toBe('市文旅局');
    expect(r.writtenOf.get('市财政局')).toHaveLength(3);
    expect(r.writtenOf.has('市文化和旅游局')).toBe(false);
    expect(buildRegistry(names, []).canonicalOf.get('市文旅局')).toBe('市文化和旅游局');
  });

  it('merges names the rules cannot relate', () => {
    const r = buildRegistry(['市创城办', '市创建文明城市工作办公室'], [{ kind: 'merge', from: '市创城办', into: '市创建文明城市工作办公室' }]);
    expect(r.canonicalOf.get('市创城办')).toBe('市创建文明城市工作办公室');
  });

  it('splits a written name out of its unit, whichever name it is', () => {
    const a = buildRegistry(names, [{ kind: 'split', name: '市文旅局' }]);
    expect(a.canonicalOf.get('市文旅局')).toBe('市文旅局');
    expect(a.canonicalOf.get('市文化和旅游局')).toBe('市文化和旅游局');
    const b = buildRegistry(names, [{ kind: 'split', name: '市文化和旅游局' }]);
    expect(b.canonicalOf.get('市文化和旅游局')).toBe('市文化和旅游局');
    expect(b.canonicalOf.get('市文旅局')).toBe('市文旅局');
    expect(b.writtenOf.get('市文旅局')).toEqual(['市文旅局']);
  });

  it('applies edits in order: a later merge undoes an earlier split', () => {
    const r = buildRegistry(names, [
      { kind: 'split', name: '市文旅局' },
      { kind: 'merge', from: '市文旅局', into: '市文化和旅游局' },
    ]);
    expect(r.canonicalOf.get('市文旅局')).toBe('市文化和旅游局');
  });

  it('answers names outside the dataset by the rules', () => {
    const r = buildRegistry(names);
    expect(canonicalName(r, '市卫健委')).toBe('市卫生健康委员会');
    expect(canonicalName(r, '市委文明办')).toBe('市委宣传部');
  });
});
