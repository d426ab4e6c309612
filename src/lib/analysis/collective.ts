// Collective placeholders (各县市区政府, 市政府各部门, …领导小组成员单位) are not units anyone can be
// held to: the unit charts count them apart. Until src/lib/units/kind.ts lands this is a local copy
// of its rule for collectives, decided by structure.
export function isCollectiveUnit(name: string): boolean {
  const s = name.replace(/\s+/g, '');
  return /^各/.test(s) || /成员单位$/.test(s) || /各(?:有关)?(?:部门|单位)$/.test(s) || /等.*(?:机构|单位|部门)$/.test(s) || /^(?:有关|相关)(?:部门|单位)/.test(s);
}
