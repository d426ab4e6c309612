// One name per government unit. Notices write the same body several ways (市文旅局 / 市文化和旅游局,
// 人行X市分行 / 中国人民银行X市分行, 市国资委 / 市政府国资委, 市委宣传部（市委文明办）); charts and
// filters must count it once. Rules for the common naming patterns plus a table of standard short
// forms (abbreviations.ts) give each written name a canonical one; the user's merges and splits,
// stored as edits, override them and can be undone by removing the edit. Pure functions.
import { BODY_ABBREVIATIONS, NAME_PATTERNS } from './abbreviations';
import { unitKind } from './kind';

/** A user's correction: `merge` puts every name of `from`'s unit into `into`'s unit; `split` makes a written name its own unit. */
export type UnitEdit = { kind: 'merge'; from: string; into: string } | { kind: 'split'; name: string };

export interface RuleResult {
  canonical: string;
  /** Other names of the same body printed with it: 市委宣传部（市委文明办） → 市委文明办. */
  aliases: string[];
}

const TAILS = [...BODY_ABBREVIATIONS].sort((a, b) => b[0].length - a[0].length);
/** A level prefix ends with one of these: 市, 随州市, 省委 (the 委 tails carry their own 委), 县政府 …. */
const LEVEL_END = /[市省县区州旗盟镇乡]$/;
/** 市政府国资委 is 市国资委: a department is named with or without its government. Its own offices are not. */
const GOVERNMENT_DEPARTMENT = /^(.*?[市省县区州旗盟])(?:人民)?政府(?![办研参督驻])(.+?(?:局|委员会|委|厅|署))$/;
const GOVERNMENT = /^(.*?[市省县区州旗盟])(?<!人民)政府/;

/** Whitespace out, full-width brackets for ASCII ones, no trailing punctuation. */
export function tidyUnit(name: string): string {
  let t = tidied.get(name);
  if (t === undefined) {
    // names repeat across tasks and documents: a bounded memo keeps the regexes off the hot path
    if (tidied.size >= 50_000) tidied.clear();
    tidied.set(
      name,
      (t = name
        .replace(/[\s\u3000]+/g, '')
        .replace(/\(/g, '（')
        .replace(/\)/g, '）')
        .replace(/^[，,、。；;：:]+|[，,、。；;：:]+$/g, '')),
    );
  }
  return t;
}
const tidied = new Map<string, string>();

function expand(name: string): string {
  let s = name;
  for (const [re, to] of NAME_PATTERNS) s = s.replace(re, to);
  const dept = GOVERNMENT_DEPARTMENT.exec(s);
  if (dept) s = `${dept[1]}${dept[2]}`;
  for (const [short, full] of TAILS) {
    if (!s.endsWith(short)) continue;
    const prefix = s.slice(0, s.length - short.length);
    if (prefix !== '' && LEVEL_END.test(prefix)) {
      s = prefix + full;
      break;
    }
  }
  return s.replace(GOVERNMENT, '$1人民政府');
}

/** The canonical name the rules give a written name, and the aliases printed with it. */
export function ruleCanonical(written: string): RuleResult {
  const name = tidyUnit(written);
  if (name === '' || unitKind(name) === 'collective') return { canonical: name, aliases: [] };
  const aliases: string[] = [];
  let host = name;
  // 市委宣传部（市委文明办）: the body, also known as the bracketed office it houses.
  const bracket = /^(.+?)（([^（）]+)）$/.exec(name);
  if (bracket && bracket[1] && bracket[2]) {
    host = bracket[1];
    for (const a of bracket[2].split(/[、，,]/)) if (a.trim() !== '') aliases.push(a.trim());
  }
  return { canonical: expand(host), aliases };
}

export interface UnitRegistry {
  /** Written name → canonical name. */
  canonicalOf: Map<string, string>;
  /** Canonical name → the written names behind it, most used first. */
  writtenOf: Map<string, string[]>;
  /** Canonical name → other names it is also known as (bracketed aliases). */
  aliasesOf: Map<string, string[]>;
  /**
   * Canonical name → the name to show: the canonical one when the documents write it, else the most
   * used written name (a dataset that only ever writes 市发改委 is shown 市发改委).
   */
  labelOf: Map<string, string>;
}

/**
 * The registry of a dataset: `names` are every unit name as written (repeats count, so the most
 * used spelling comes first), `edits` the user's merges and splits in the order they were made.
 */
export function buildRegistry(names: Iterable<string>, edits: readonly UnitEdit[] = []): UnitRegistry {
  const uses = new Map<string, number>();
  for (const n of names) {
    const t = tidyUnit(n);
    if (t !== '') uses.set(t, (uses.get(t) ?? 0) + 1);
  }
  const canonicalOf = new Map<string, string>();
  const aliasHosts = new Map<string, Set<string>>();
  const aliasesOf = new Map<string, Set<string>>();
  for (const name of uses.keys()) {
    const r = ruleCanonical(name);
    canonicalOf.set(name, r.canonical);
    for (const alias of r.aliases) {
      const key = ruleCanonical(alias).canonical;
      if (key === r.canonical) continue;
      const hosts = aliasHosts.get(key) ?? new Set<string>();
      hosts.add(r.canonical);
      aliasHosts.set(key, hosts);
      const known = aliasesOf.get(r.canonical) ?? new Set<string>();
      known.add(alias);
      aliasesOf.set(r.canonical, known);
    }
  }
  // An alias written on its own (市委文明办) is its host's unit, when only one host claims it.
  for (const [name, canonical] of canonicalOf) {
    const hosts = aliasHosts.get(canonical);
    if (hosts && hosts.size === 1) canonicalOf.set(name, [...hosts][0] as string);
  }

  for (const edit of edits) {
    if (edit.kind === 'split') {
      const name = tidyUnit(edit.name);
      if (name === '') continue;
      const old = canonicalOf.get(name) ?? ruleCanonical(name).canonical;
      canonicalOf.set(name, name);
      // The split name was the unit's own name: the rest of the unit goes on under its most used spelling.
      if (old === name) {
        const rest = [...canonicalOf].filter(([n, c]) => c === old && n !== name).map(([n]) => n);
        rest.sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || a.localeCompare(b, 'zh'));
        const next = rest[0];
        if (next !== undefined) for (const n of rest) canonicalOf.set(n, next);
      }
      continue;
    }
    const from = resolve(canonicalOf, edit.from);
    const into = resolve(canonicalOf, edit.into);
    if (from === into) continue;
    for (const [name, c] of canonicalOf) if (c === from) canonicalOf.set(name, into);
    const moved = aliasesOf.get(from);
    if (moved) {
      const known = aliasesOf.get(into) ?? new Set<string>();
      for (const a of moved) known.add(a);
      aliasesOf.set(into, known);
      aliasesOf.delete(from);
    }
  }

  const writtenOf = new Map<string, string[]>();
  for (const [name, c] of canonicalOf) {
    const list = writtenOf.get(c) ?? [];
    list.push(name);
    writtenOf.set(c, list);
  }
  for (const list of writtenOf.values()) list.sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || a.localeCompare(b, 'zh'));
  const aliases = new Map<string, string[]>();
  for (const [c, set] of aliasesOf)
    if (writtenOf.has(c))
      aliases.set(
        c,
        [...set].sort((a, b) => a.localeCompare(b, 'zh')),
      );
  const labelOf = new Map<string, string>();
  for (const [c, list] of writtenOf) labelOf.set(c, list.includes(c) ? c : (list.find((n) => !n.includes('（')) ?? list[0] ?? c));
  return { canonicalOf, writtenOf, aliasesOf: aliases, labelOf };
}

/** A name in an edit may be written or canonical, or unknown to this dataset (then the rules decide). */
function resolve(canonicalOf: Map<string, string>, name: string): string {
  const t = tidyUnit(name);
  const known = canonicalOf.get(t);
  if (known !== undefined) return known;
  for (const c of canonicalOf.values()) if (c === t) return c;
  return ruleCanonical(t).canonical;
}

/** The canonical name of a written one: the registry's answer, else the rules'. */
export function canonicalName(registry: UnitRegistry, written: string): string {
  const t = tidyUnit(written);
  return registry.canonicalOf.get(t) ?? ruleCanonical(t).canonical;
}
