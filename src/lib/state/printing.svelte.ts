// Whether the page is being printed: every chart must then be drawn, seen or not (charts otherwise
// draw only near the viewport), and print-only tables rendered (they are not kept in the page: the
// task table alone is 400,000 elements at 1,000 documents). True from beforeprint to afterprint —
// set synchronously, so what it shows is on paper — and whenever print media is emulated or matched.
import { flushSync } from 'svelte';
import { MediaQuery } from 'svelte/reactivity';

class Printing {
  #requested = $state(false);
  #media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? new MediaQuery('print', false) : null;

  get on(): boolean {
    return this.#requested || (this.#media?.current ?? false);
  }

  set requested(v: boolean) {
    this.#requested = v;
  }
}

export const printing = new Printing();

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    printing.requested = true;
    // Cards, charts and tables that were never drawn render now, before the browser lays out the printout.
    flushSync();
  });
  window.addEventListener('afterprint', () => {
    printing.requested = false;
  });
}
