// The dashboard's UI state: the filter and the charts' own picks (all mirrored in
// location.hash, see hash.svelte.ts), and whether a chart click just filtered the list (the page
// then offers a jump to it). One instance per app, handed down through context.
import { getContext, setContext } from 'svelte';
import { EMPTY_FILTERS, mergeDrill, type Filters } from '../analysis/filters';
import type { IndicatorPick } from '../analysis/indicatorAcross';
import type { TrendPick } from '../analysis/targetTrend';
import type { Light } from '../ledger/lights';
import type { View } from './hashCodec';

export class DashboardState {
  /** Replaced whole on every change, never mutated in place. */
  filters = $state.raw<Filters>(EMPTY_FILTERS);
  /** True after a click on a chart item filtered the list, until the user jumps there or dismisses it. */
  drilled = $state(false);
  /** The place and indicator picked for 历年目标与实际; null = the automatic choice. Not a filter: 清除全部筛选 keeps it. */
  trend = $state.raw<TrendPick | null>(null);
  /** The indicator and year compared across places (主要预期目标对比 and the target table over many documents); null = automatic. Not a filter either. */
  indicator = $state.raw<IndicatorPick | null>(null);
  /** The pace-light filter (督查台账): only tasks with these lights, everywhere; [] = all. */
  lights = $state.raw<readonly Light[]>([]);
  /** The page shown: the dashboard, the 督查台账 or a 督查通报. */
  view = $state<View>('dashboard');
  /** The document the ledger and the 通报 work on; null = chosen automatically (documentChoice.ts). */
  ledgerDoc = $state<string | null>(null);

  constructor(
    initial: Filters = EMPTY_FILTERS,
    trend: TrendPick | null = null,
    indicator: IndicatorPick | null = null,
    extras: { lights?: readonly Light[]; view?: View; ledgerDoc?: string | null } = {},
  ) {
    this.filters = initial;
    this.trend = trend;
    this.indicator = indicator;
    this.lights = extras.lights ?? [];
    this.view = extras.view ?? 'dashboard';
    this.ledgerDoc = extras.ledgerDoc ?? null;
  }

  toggleLight(light: Light): void {
    this.lights = this.lights.includes(light) ? this.lights.filter((l) => l !== light) : [...this.lights, light];
  }

  set(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
  }

  /** A click on a chart item: replaces the dimensions it names, or clears them on a second click. */
  drill(patch: Partial<Filters>): void {
    this.filters = mergeDrill(this.filters, patch);
    this.drilled = true;
  }

  toggle<K extends 'years' | 'docIds' | 'places' | 'levels' | 'leaders' | 'units' | 'sectors' | 'sectionIds' | 'categories'>(key: K, value: Filters[K][number]): void {
    const list = this.filters[key] as Filters[K][number][];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    this.filters = { ...this.filters, [key]: next };
  }

  clear(): void {
    this.filters = EMPTY_FILTERS;
    this.lights = [];
    this.drilled = false;
  }
}

const KEY = Symbol('dashboard');

export function setDashboard(state: DashboardState): DashboardState {
  return setContext(KEY, state);
}

export function useDashboard(): DashboardState {
  const s = getContext<DashboardState | undefined>(KEY);
  if (!s) throw new Error('useDashboard() outside the dashboard');
  return s;
}
