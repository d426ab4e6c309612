// Keeps the filter (and the trend chart's pick) and location.hash in step, so a view can be
// bookmarked and the browser's back/forward buttons restore earlier views. Works from file://
// (only the fragment changes).
// Typing a search word replaces the current history entry instead of adding one per keystroke.
import { sameFilters, type Filters } from '../analysis/filters';
import type { IndicatorPick } from '../analysis/indicatorAcross';
import type { TrendPick } from '../analysis/targetTrend';
import type { DashboardState } from './dashboard.svelte';
import { extrasFromHash, filtersFromHash, filtersToHash, indicatorFromHash, sameIndicatorPick, sameTrendPick, trendFromHash, type HashExtras } from './hashCodec';

export function readHashFilters(): Filters {
  return filtersFromHash(location.hash);
}

export function readHashExtras(): Required<HashExtras> {
  return extrasFromHash(location.hash);
}

const sameLights = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function readHashTrend(): TrendPick | null {
  return trendFromHash(location.hash);
}

export function readHashIndicator(): IndicatorPick | null {
  return indicatorFromHash(location.hash);
}

/** Call from a component's setup: an $effect writes the hash, a hashchange listener reads it. */
export function syncFiltersWithHash(state: DashboardState): void {
  const extras = () => ({ lights: state.lights, view: state.view, ledgerDoc: state.ledgerDoc });
  let written = filtersToHash(state.filters, state.trend, state.indicator, extras());
  let previous = state.filters;
  let previousTrend = state.trend;
  let previousIndicator = state.indicator;

  $effect(() => {
    const f = state.filters;
    const t = state.trend;
    const i = state.indicator;
    const hash = filtersToHash(f, t, i, extras());
    if (hash === written && hash === currentHash()) return;
    const onlyWords = previous.q !== f.q && sameFilters({ ...previous, q: f.q }, f) && sameTrendPick(previousTrend, t) && sameIndicatorPick(previousIndicator, i);
    const url = `${location.pathname}${location.search}${hash || ''}`;
    if (onlyWords) history.replaceState(history.state, '', hash ? url : location.pathname + location.search);
    else if (hash) location.hash = hash;
    else history.pushState(history.state, '', location.pathname + location.search);
    written = hash;
    previous = f;
    previousTrend = t;
    previousIndicator = i;
  });

  $effect(() => {
    const onChange = () => {
      const f = filtersFromHash(location.hash);
      const t = trendFromHash(location.hash);
      written = currentHash();
      if (!sameFilters(f, state.filters)) {
        previous = f;
        state.filters = f;
      }
      if (!sameTrendPick(t, state.trend)) {
        previousTrend = t;
        state.trend = t;
      }
      const i = indicatorFromHash(location.hash);
      if (!sameIndicatorPick(i, state.indicator)) {
        previousIndicator = i;
        state.indicator = i;
      }
      const x = extrasFromHash(location.hash);
      if (!sameLights(x.lights, state.lights)) state.lights = x.lights;
      if (x.view !== state.view) state.view = x.view;
      if (x.ledgerDoc !== state.ledgerDoc) state.ledgerDoc = x.ledgerDoc;
    };
    addEventListener('hashchange', onChange);
    addEventListener('popstate', onChange);
    return () => {
      removeEventListener('hashchange', onChange);
      removeEventListener('popstate', onChange);
    };
  });
}

function currentHash(): string {
  return location.hash === '#' ? '' : location.hash;
}
