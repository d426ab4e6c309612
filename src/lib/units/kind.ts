// What kind of body a unit name denotes, decided by the shape of the name alone (never a list of names),
// so charts can count collective placeholders (各县市区政府及管委会) apart from real units.

export type UnitKind = 'collective' | 'government' | 'department' | 'enterprise' | 'other';

const COLLECTIVE = [
  /^各/, // 各县市区政府及管委会, 各地各部门
  /成员单位$/, // …领导小组成员单位
  /各[^、，]{0,8}(?:部门|单位|机构|企业|银行|地)/, // 市政府各部门, 市直各预算单位, 在随各家商业银行
  /等[^、，]{0,12}(?:机构|单位|部门|企业)$/, // …等金融机构
  /^(?:相关|有关)/,
];
const GOVERNMENT = /(?:人民政府|管委会|管理委员会|政府|行政公署)$/;
const ENTERPRISE = /(?:集团|公司|银行|分行|支行|有限责任公司|股份有限公司)$/;
const DEPARTMENT = /^(?:[市省县区]|中共|团[市省县]委)[^、，]{0,30}(?:局|委|办|厅|部|中心|院|会|社|馆|台|队|室|所|站|处|科|委员会|办公室|指挥部|支队|分局|分会|总会|联合会)$/;

export function unitKind(name: string): UnitKind {
  // 市委宣传部（市委文明办）: the bracketed alias does not change what the unit is.
  const n = name.trim().replace(/[（(][^（）()]*[）)]$/, '');
  if (n === '') return 'other';
  if (COLLECTIVE.some((re) => re.test(n))) return 'collective';
  if (GOVERNMENT.test(n)) return 'government';
  if (ENTERPRISE.test(n)) return 'enterprise';
  if (DEPARTMENT.test(n)) return 'department';
  return 'other';
}

/** Does the string read like the name of a body (used to recognise unlabeled responsibility lists)? */
export function looksLikeUnit(name: string): boolean {
  const n = name.trim();
  if (n.length < 3 || n.length > 40) return false;
  if (unitKind(n) !== 'other') return true;
  return /(?:局|委|办|厅|部|中心|院|会|社|馆|台|队|署|海关|分局|联合会)$/.test(n);
}
