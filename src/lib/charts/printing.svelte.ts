// Whether the page is being printed: every chart must then be drawn, seen or not (charts otherwise
// draw only near the viewport). Set synchronously in beforeprint, so what it shows is on paper.
import { flushSync } from 'svelte';

class Printing {
  on = $state(false);
}

export const printing = new Printing();

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    printing.on = true;
    // Cards and charts that were never drawn render now, before the browser lays out the printout.
    flushSync();
  });
  window.addEventListener('afterprint', () => { printing.on = false; });
}
