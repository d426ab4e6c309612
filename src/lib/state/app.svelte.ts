// The app's state: the database and its live queries, the dataset under one name per unit, the filtered
// scope, the ledger's assessment, the outcomes (attainment, alignment) worked out in the background, and
// when the sections below the charts may render. Views read it; the filter itself is DashboardState's.
// Construct it during a component's initialisation and call start() there too: the live queries (which
// wait for the database) and the effects belong to that component and end with it.
import { untrack } from 'svelte';
import { describeFilters, filterNotices } from '../analysis/filters';
import { describeSources } from '../analysis/citation';
import { recentScope, type Scope } from '../analysis/scope';
import { indicatorAcross, indicatorChoices } from '../analysis/indicatorAcross';
import { resolveTrendChoice, trendChoices } from '../analysis/targetTrend';
import { comparesAcrossPlaces } from '../charts/mainTargets';
import type { ChartOptions } from '../charts/spec';
import {
  bundledIds,
  liveBriefingIssues,
  liveDataset,
  liveLedger,
  liveOutcomeDecisions,
  liveUnitEdits,
  livePlaceCorrections,
  type DataStatus,
  type LedgerRows,
  type LoadedDataset,
  type ShownRows,
  type Store,
  restartAfterLoss,
  startDatabase,
} from '../db';
import { computeAlignmentWith, EMPTY_ALIGNMENT, type AlignmentView } from '../outcomes/alignmentView';
import { createBackgroundAligner } from '../outcomes/backgroundAlign';
import { attainmentWork, computeAttainment, EMPTY_ATTAINMENT, PENDING_ATTAINMENT, type Attainment } from '../outcomes/attainment';
import { runSliced } from '../time/slices';
import { canonicalDataset, canonicalFilters, unitRegistry } from '../analysis/unitNames';
import type { OutcomeDecisionRow, UnitEditRow } from '../model/outcomes';
import type { BriefingIssue } from '../model/briefing';
import type { PlaceCorrectionRow } from '../model/placeCorrection';
import { assessDataset, assessDatasetWork, type LedgerData } from '../ledger/dataset';
import { describeLights, withLights } from '../ledger/lightFilter';
import { beijingDayOf, today } from '../time/clock';
import { mark, measureSince, timed } from '../time/measure';
import { afterTurns } from '../time/turns';
import { afterNextPaint } from '../time/frames';
import type { Dataset } from '../model/rows';
import { DashboardState } from './dashboard.svelte';
import { firstPaint } from './firstPaint.svelte';
import { readHashExtras, readHashFilters, readHashIndicator, readHashTrend, syncFiltersWithHash } from './hash.svelte';
import { Live } from './live.svelte';

/** Above this many targets, promise → outcome is matched in slices after the first screen. */
const SLICED_ATTAINMENT_FROM = 3000;
/** Above this many tasks, the dashboard's ledger badges are worked out in slices after the first screen. */
const SLICED_LEDGER_FROM = 5000;
const EMPTY: LoadedDataset = { dataset: { documents: [], sections: [], tasks: [], targets: [], achievements: [] }, problems: [] };
const NO_EDITS: UnitEditRow[] = [];
const NO_DECISIONS: OutcomeDecisionRow[] = [];

export class AppState {
  /** The filter and the page's picks, as the URL hash gives them on open (start() keeps the two in step). */
  readonly ui = new DashboardState(readHashFilters(), readHashTrend(), readHashIndicator(), readHashExtras());
  store = $state.raw<Store | null>(null);
  status = $state.raw<DataStatus | null>(null);
  startError = $state<string | null>(null);

  readonly #live = new Live<LoadedDataset>(() => (this.store ? liveDataset(this.store) : null), EMPTY);
  readonly #unitEdits = new Live<UnitEditRow[]>(() => (this.store ? liveUnitEdits(this.store) : null), []);
  readonly #placeCorrections = new Live<PlaceCorrectionRow[]>(() => (this.store ? livePlaceCorrections(this.store) : null), []);
  readonly #decisions = new Live<OutcomeDecisionRow[]>(() => (this.store ? liveOutcomeDecisions(this.store) : null), []);
  // The ledger (督查台账): entries and rules, re-read live; every task assessed on the clock's day.
  readonly ledgerRows = new Live<LedgerRows>(() => (this.store ? liveLedger(this.store) : null), { entries: [], rules: [], problems: [] });
  /** The 督查通报 issued so far (文号, 主送, 落款 … per notice and round). */
  readonly briefingIssues = new Live<BriefingIssue[]>(() => (this.store ? liveBriefingIssues(this.store) : null), []);

  // Drawn before the live dataset's first result (startDatabase): the seeds as parsed on a browser's
  // first open, or what the page's first script read.
  #provisional = $state.raw<Dataset | null>(null);
  shown = $derived(this.#live.ready || this.#provisional !== null);
  #raw: Dataset = $derived(this.#live.ready ? this.#live.value.dataset : (this.#provisional ?? this.#live.value.dataset));
  // One name per unit: every chart, filter and count below sees canonical unit names; the task list
  // still shows the names as written (canon.written).
  // (an empty list is always the same one: the first, empty answer of a live query changes nothing)
  edits = $derived(this.#unitEdits.value.length === 0 ? NO_EDITS : this.#unitEdits.value);
  #decided = $derived(this.#decisions.value.length === 0 ? NO_DECISIONS : this.#decisions.value);
  registry = $derived(timed('derive:registry', () => unitRegistry(this.#raw, this.edits)));
  canon = $derived(timed('derive:canonical', () => canonicalDataset(this.#raw, this.registry)));
  all: Dataset = $derived(this.canon.dataset);
  #filters = $derived(canonicalFilters(this.ui.filters, this.registry));
  #today = $state(today());
  // Needed at once by the ledger views and a light filter; on the dashboard alone (a badge per listed
  // task) a large dataset is assessed in slices once the first screen has drawn (≈ 0.5 s at 1,000 documents).
  #ledgerNow = $derived(this.ui.view !== 'dashboard' || this.ui.lights.length > 0 || this.all.tasks.length <= SLICED_LEDGER_FROM);
  #slicedLedger = $state.raw<LedgerData | null>(null);
  // null until the stored reports are read (or failed to be): lights judged without them would show every
  // task red for a moment
  #ledgerRead = $derived(this.ledgerRows.ready || this.ledgerRows.error !== null);
  ledger: LedgerData | null = $derived(
    !this.#ledgerRead ? null : this.#ledgerNow ? timed('derive:ledger', () => assessDataset(this.all, this.ledgerRows.value, this.#today)) : this.#slicedLedger,
  );
  // The filters applied once per change: the charts, the trend choices, the target table and the task list share it.
  base: Scope = $derived(timed('derive:scope', () => recentScope(this.all, this.#filters)));
  // …and the pace-light filter on top, for every view.
  // (the ledger's assessment of every task is only needed here when a light is chosen: not on the way to the first chart)
  sc: Scope = $derived(this.ui.lights.length > 0 && this.ledger ? withLights(this.base, this.ui.lights, this.ledger.lightOf) : this.base);
  /** The filtered dataset. */
  inView: Dataset = $derived(this.sc.ds);
  // Promise → outcome and province → city look across documents: computed once per data change, not per filter.
  // Small datasets at once; large ones in slices once the first screen has drawn (≈ 1 s at 1,000 documents).
  attainment = $state.raw<Attainment>(EMPTY_ATTAINMENT);
  // Alignment can take a second on thousands of tasks: large notices go to a worker (backgroundAlign.ts).
  readonly #aligner = createBackgroundAligner();
  alignment = $state.raw<AlignmentView>(EMPTY_ALIGNMENT);
  // Each chart card builds from the scope only while it is near the viewport (ChartCard).
  // (attainment read through a getter: worked out when the attainment chart or table first asks, not for every chart)
  chartOpts: ChartOptions = $derived.by(() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below reads the class's field, not the literal's
    const app = this;
    return {
      trend: this.ui.trend,
      indicator: this.ui.indicator,
      get attainment() {
        return app.attainment;
      },
      alignment: this.alignment,
    };
  });
  // The pickers in the cards offer what the filtered data holds and show what their chart draws
  // (computed only when a picker is drawn: the snippets read them).
  trendOptions = $derived(this.shown ? trendChoices(this.sc) : []);
  trendShown = $derived(resolveTrendChoice(this.trendOptions, this.ui.trend));
  #across = $derived(this.shown && comparesAcrossPlaces(this.sc));
  indicatorShown = $derived(this.#across ? indicatorAcross(this.sc, this.ui.indicator) : null);
  indicatorOptions = $derived(this.#across ? indicatorChoices(this.sc) : []);
  notices = $derived(filterNotices(this.ui.filters, this.all));
  summary = $derived([...describeFilters(this.ui.filters, this.all), describeLights(this.ui.lights)].filter(Boolean).join(' · '));

  // What exported images and file names cite: the documents in view.
  source = $derived(describeSources(this.inView.documents));
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway set to drop duplicates inside $derived
  #places = $derived(Array.from(new Set(this.inView.documents.map((d) => d.meta.jurisdiction).filter((p): p is string => !!p))));
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway set to drop duplicates inside $derived
  #years = $derived(Array.from(new Set(this.inView.documents.map((d) => d.meta.year).filter((y): y is number => y !== null))).sort());
  place = $derived(this.#places.length === 1 ? this.#places[0]! : this.#places.length > 1 ? '多地' : '');
  year = $derived(this.#years.length === 1 ? String(this.#years[0]) : this.#years.length > 1 ? `${this.#years[0]}-${this.#years[this.#years.length - 1]}` : '');
  asOf = $derived(beijingDayOf(this.all.documents.reduce((m, d) => (d.importedAt > m ? d.importedAt : m), '')));

  // The tables and the task list below the charts render a few frames after the data arrives, so the
  // first charts paint first (at 1,000 documents these sections cost seconds the first screen does not need).
  // They wait for the first chart's paint and for every card in reach to have built (afterTurns), or
  // at most a second and a half (a page whose charts are all empty, or scrolled away).
  belowReady = $state(false);
  // On a filter change the sections below the charts follow a frame later: the charts in view redraw
  // first, the tables (off screen while the user looks at the charts) in the next task.
  belowSc = $state.raw<Scope | null>(null);

  caption = $derived(`政府工作报告任务分解看板${this.asOf ? ` · 数据截至 ${this.asOf}` : ''}`);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway set to drop duplicates inside $derived
  problems = $derived(Array.from(new Set([...(this.status?.problems ?? []), ...this.#live.value.problems, ...this.ledgerRows.value.problems])));
  liveError = $derived(this.#live.error ? `数据读取失败：${this.#live.error instanceof Error ? this.#live.error.message : String(this.#live.error)}。请刷新页面重试。` : null);

  /** After the stored data was lost while the page was open: a new database, ready for a backup. */
  /** What the page shows, for 导出备份 after the stored data was cleared (db/repository/backupRead.ts). */
  shownForBackup(): ShownRows {
    return {
      user: {
        progress: this.ledgerRows.value.entries,
        deadlineRules: this.ledgerRows.value.rules,
        outcomeDecisions: this.#decisions.value,
        unitEdits: this.#unitEdits.value,
        briefingIssues: this.briefingIssues.value,
        placeCorrections: this.#placeCorrections.value,
      },
      documents: this.#raw.documents.map((d) => ({ id: d.id, source: d.source, name: d.meta.fileName ?? d.meta.title })),
      bundledIds: bundledIds(),
    };
  }

  recover(): ReturnType<typeof restartAfterLoss> {
    return restartAfterLoss(this.store!);
  }

  /** Starts what talks to the outside world: the URL hash, the database (seeding the bundled reports on
   * first open), the day's timer, background work, the aligner, the frames the sections below wait for. */
  start(): void {
    syncFiltersWithHash(this.ui);
    $effect(() => untrack(() => this.#open()));
    $effect(() => {
      const timer = setInterval(() => {
        const d = today();
        if (d !== this.#today) this.#today = d;
      }, 60_000);
      return () => clearInterval(timer);
    });
    $effect(() => {
      if (this.#ledgerNow || !this.belowReady || !this.#ledgerRead) return;
      const data = this.all;
      const rows = this.ledgerRows.value;
      const day = this.#today;
      const stop = new AbortController();
      const t0 = performance.now();
      runSliced(assessDatasetWork(data, rows, day), { signal: stop.signal }).then(
        (l) => {
          measureSince('derive:ledger', t0);
          this.#slicedLedger = l;
        },
        () => {},
      );
      return () => stop.abort();
    });
    $effect(() => {
      if (!this.#live.ready) return;
      const data = this.#raw;
      const decisionsNow = this.#decided;
      // never before the charts in view have drawn (the attainment chart says it is at work meanwhile)
      if (this.belowReady && data.targets.length <= SLICED_ATTAINMENT_FROM) {
        this.attainment = timed('derive:attainment', () => computeAttainment(data, decisionsNow));
        return;
      }
      // the last result stays while a new one is worked out (a decision in the table must not blank it)
      if (untrack(() => this.attainment) === EMPTY_ATTAINMENT) this.attainment = PENDING_ATTAINMENT;
      if (!this.belowReady) return;
      const stop = new AbortController();
      const t0 = performance.now();
      runSliced(attainmentWork(data, decisionsNow), { signal: stop.signal }).then(
        (a) => {
          measureSince('derive:attainment', t0);
          this.attainment = a;
        },
        () => {},
      );
      return () => stop.abort();
    });
    $effect(() => {
      // after the charts in view have drawn: its results are for charts and lists further down
      if (!this.#live.ready || !this.belowReady) return;
      const data = this.#raw;
      let current = true;
      mark('align:start');
      void computeAlignmentWith(data, (from, to) => this.#aligner.align(from, to)).then((v) => {
        mark('align:end');
        if (current) this.alignment = v;
      });
      return () => {
        current = false;
      };
    });
    $effect(() => () => this.#aligner.dispose());
    $effect(() => {
      if (!this.#live.ready || this.belowReady) return;
      const show = () => {
        mark('below:show');
        this.belowReady = true;
      };
      const timer = setTimeout(show, 1500);
      let frame = 0;
      let cancelTurns = () => {};
      if (firstPaint.done) {
        cancelTurns = afterTurns(() => {
          frame = requestAnimationFrame(() => {
            frame = requestAnimationFrame(show);
          });
        });
      }
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        cancelTurns();
      };
    });
    $effect(() => {
      const next = this.sc;
      if (!this.belowReady || this.belowSc === null) {
        this.belowSc = next;
        return;
      }
      return afterNextPaint(() => (this.belowSc = next));
    });
  }

  #open(): () => void {
    let unsubscribe = () => {};
    startDatabase({}, (first) => {
      this.#provisional = first;
    })
      .then((started) => {
        this.store = started.store;
        // read by the browser tests and the bench
        Object.assign(document.documentElement.dataset, {
          seedMs: started.seed.ms.toFixed(1),
          seedParseMs: started.seed.parseMs.toFixed(1),
          seedWriteMs: started.seed.writeMs.toFixed(1),
          seedWritten: String(started.seed.written.length),
          storageMode: started.store.status.mode,
        });
        unsubscribe = started.store.subscribeStatus((s) => (this.status = s));
      })
      .catch((e: unknown) => {
        this.startError = `数据加载失败：${e instanceof Error ? e.message : String(e)}`;
      });
    return () => unsubscribe();
  }
}
