// A cheap check of a stored row on read: every field of the row's zod schema has the right kind
// (string, number, array, object …), one level deep. Rows are validated in full with zod when written
// and restored; reading only has to keep a damaged row (edited by hand, written by a broken build) out
// of the dashboard, and doing that with typeof checks costs microseconds instead of a zod parse per
// row on every live read. Derived from the schemas, so a new field is checked without a line here.
import type { z } from 'zod';

type Check = (v: unknown) => boolean;

interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  entries?: Record<string, unknown>;
  values?: unknown[];
  shape?: Record<string, { _zod: { def: Def } }>;
}

const KIND_ZH: Record<string, string> = { string: '文字', number: '数字', boolean: '是/否', array: '列表', object: '对象' };

function checkOf(def: Def): { check: Check; kind: string } {
  switch (def.type) {
    case 'string':
      return { check: (v) => typeof v === 'string', kind: 'string' };
    case 'number':
    case 'int':
      return { check: (v) => typeof v === 'number', kind: 'number' };
    case 'boolean':
      return { check: (v) => typeof v === 'boolean', kind: 'boolean' };
    case 'array':
      return { check: Array.isArray, kind: 'array' };
    case 'object':
    case 'record':
      return { check: (v) => typeof v === 'object' && v !== null && !Array.isArray(v), kind: 'object' };
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return { check: (v) => allowed.has(v), kind: 'string' };
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return { check: (v) => allowed.has(v), kind: 'string' };
    }
    case 'nullable': {
      const inner = checkOf(def.innerType!._zod.def);
      return { check: (v) => v === null || inner.check(v), kind: inner.kind };
    }
    case 'optional': {
      const inner = checkOf(def.innerType!._zod.def);
      return { check: (v) => v === undefined || inner.check(v), kind: inner.kind };
    }
    default:
      return { check: () => true, kind: '' };
  }
}

export type RowGuard = (row: unknown) => string | null;

/** For an object schema: a function returning null for a row of the right shape, else what is wrong. */
export function rowGuard(schema: z.ZodType): RowGuard {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const fields = Object.entries(def.shape ?? {}).map(([key, s]) => ({ key, ...checkOf(s._zod.def) }));
  return (row) => {
    if (typeof row !== 'object' || row === null) return '不是记录';
    const r = row as Record<string, unknown>;
    for (const f of fields) {
      if (!f.check(r[f.key])) return `${f.key} 缺失或类型不符${KIND_ZH[f.kind] ? `（应为${KIND_ZH[f.kind]}）` : ''}`;
    }
    return null;
  };
}
