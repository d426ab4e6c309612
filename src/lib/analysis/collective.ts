// Collective placeholders (各县市区政府, 市政府各部门, …领导小组成员单位) are not units anyone can be
// held to: the unit charts count them apart. The rule lives with the other unit kinds in units/kind.ts.
import { unitKind } from '../units/kind';

export function isCollectiveUnit(name: string): boolean {
  return unitKind(name) === 'collective';
}
