import { describe, expect, it } from 'vitest';
import { unitKind } from '../../../src/lib/units/kind';

describe('unitKind', () => {
  it.each([
    ['各县市区政府及管委会', 'collective'],
    ['市政府各部门', 'collective'],
    ['市专用汽车产业发展工作领导小组成员单位', 'collective'],
    ['市直各预算单位', 'collective'],
    ['在随各家商业银行等金融机构', 'collective'],
    ['曾都区人民政府', 'government'],
    ['随州高新区管委会', 'government'],
    ['某某经济开发区管理委员会', 'government'],
    ['市国投集团', 'enterprise'],
    ['随州供电公司', 'enterprise'],
    ['市发改委', 'department'],
    ['市经信局', 'department'],
    ['市委宣传部（市委文明办）', 'department'],
    ['县政务服务中心', 'department'],
    ['市消防救援支队', 'department'],
    ['随州海关', 'other'],
    ['', 'other'],
  ] as const)('%s → %s', (name, kind) => {
    expect(unitKind(name)).toBe(kind);
  });
});
