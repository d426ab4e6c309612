// The pace-light filter applied to the dashboard's scope: only the tasks with the chosen lights (and
// the targets read from them) stay, so every chart, the task list and the ledger agree. Pure.
import type { Scope } from '../analysis/scope';
import type { Light } from './lights';
import { LIGHT_LABELS } from './lights';

/** The scope with only the tasks whose light is one of `lights`; the scope itself when none is chosen. */
export function withLights(sc: Scope, lights: readonly Light[], lightOf: ReadonlyMap<string, Light>): Scope {
  if (lights.length === 0) return sc;
  const tasks = sc.ds.tasks.filter((t) => {
    const l = lightOf.get(t.id);
    return l !== undefined && lights.includes(l);
  });
  const keep = new Set(tasks.map((t) => t.id));
  // Targets belong to their task; report-level targets and achievements have no light.
  const targets = sc.ds.targets.filter((t) => t.taskId !== null && keep.has(t.taskId));
  const docIds = new Set(tasks.map((t) => t.docId));
  return {
    ...sc,
    ds: {
      documents: sc.ds.documents.filter((d) => docIds.has(d.id)),
      sections: sc.ds.sections.filter((s) => docIds.has(s.docId)),
      tasks,
      targets,
      achievements: [],
    },
  };
}

/** For the filter summary: 灯：红灯、黄灯 */
export function describeLights(lights: readonly Light[]): string | null {
  return lights.length === 0 ? null : `灯：${lights.map((l) => LIGHT_LABELS[l]).join('、')}`;
}
