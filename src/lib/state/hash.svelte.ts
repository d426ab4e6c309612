// Keeps the filter and location.hash in step, so a view can be bookmarked and the browser's
// back/forward buttons restore earlier views. Works from file:// (only the fragment changes).
// Typing a search word replaces the current history entry instead of adding one per keystroke.
import { filtersFromHash, filtersToHash, sameFilters, type Filters } from '../analysis/filters';
import type { DashboardState } from './dashboard.svelte';

export function readHashFilters(): Filters {
  return filtersFromHash(location.hash);
}

/** Call from a component's setup: an $effect writes the hash, a hashchange listener reads it. */
export function syncFiltersWithHash(state: DashboardState): void {
  let written = filtersToHash(state.filters);
  let previous = state.filters;

  $effect(() => {
    const f = state.filters;
    const hash = filtersToHash(f);
    if (hash === written && hash === currentHash()) return;
    const onlyWords = previous.q !== f.q && sameFilters({ ...previous, q: f.q }, f);
    const url = `${location.pathname}${location.search}${hash || ''}`;
    if (onlyWords) history.replaceState(history.state, '', hash ? url : location.pathname + location.search);
    else if (hash) location.hash = hash;
    else history.pushState(history.state, '', location.pathname + location.search);
    written = hash;
    previous = f;
  });

  $effect(() => {
    const onChange = () => {
      const f = filtersFromHash(location.hash);
      written = currentHash();
      if (!sameFilters(f, state.filters)) {
        previous = f;
        state.filters = f;
      }
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
