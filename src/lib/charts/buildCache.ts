// A chart's spec for a scope and options seen recently is built once: the page keeps its recent scopes
// (analysis/scope.ts recentScope), so going back to a filter state redraws without building again.
// Builders are pure functions of the scope and the options; the one option read through a getter
// (attainment, worked out in the background) is part of the key only for a builder that reads it.
import type { Scope } from '../analysis/scope';
import type { ChartDef, ChartOptions, ChartSpec } from './spec';

interface Entry {
  spec: ChartSpec;
  /** whether the builder asked for the attainment, and what it got */
  readAttainment: boolean;
  attainment: ChartOptions['attainment'];
}

const cache = new WeakMap<ChartDef, WeakMap<Scope, WeakMap<ChartOptions, Entry>>>();

export function buildCached(def: ChartDef, sc: Scope, opts: ChartOptions): ChartSpec {
  let byScope = cache.get(def);
  if (!byScope) cache.set(def, (byScope = new WeakMap()));
  let byOpts = byScope.get(sc);
  if (!byOpts) byScope.set(sc, (byOpts = new WeakMap()));
  const hit = byOpts.get(opts);
  // (reading opts.attainment again keeps a reactive caller watching it)
  if (hit && (!hit.readAttainment || hit.attainment === opts.attainment)) return hit.spec;
  let readAttainment = false;
  const watched: ChartOptions = Object.create(opts, {
    attainment: {
      get: () => {
        readAttainment = true;
        return opts.attainment;
      },
    },
  });
  const spec = def.build(sc, watched);
  byOpts.set(opts, { spec, readAttainment, attainment: readAttainment ? opts.attainment : undefined });
  return spec;
}
