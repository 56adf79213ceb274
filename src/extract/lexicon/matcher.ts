/**
 * Compiles the indicator vocabulary (built-in and custom) into regular expressions, one capture group per
 * phrase, longest phrase first, so a label and the indicator it names come out of one match.
 */
import type { CustomIndicator, IndicatorId } from '../types';
import { INDICATOR_DEFS, type IndicatorDef } from './indicators';
import { escapeLiteral, longestFirst } from '../text/alternation';

export interface LabelDef {
  id: IndicatorId;
  name: string;
  units: string[];
  defaultUnit: string;
  unitAliases: Record<string, string>;
}

export interface LabelMatch {
  def: LabelDef;
  start: number;
  end: number;
  text: string;
}

interface Compiled {
  re: RegExp;
  owners: LabelDef[];
  exclusion: RegExp | null;
}


function compile(entries: Array<{ source: string; def: LabelDef }>, exclusions: string[]): Compiled | null {
  if (entries.length === 0) return null;
  // The first entry for a source owns it: custom phrases are added after built-ins and never shadow them.
  const bySource = new Map<string, LabelDef>();
  for (const e of entries) if (!bySource.has(e.source)) bySource.set(e.source, e.def);
  const unique = longestFirst([...bySource.keys()]);
  const owners = unique.map((s) => bySource.get(s)!);
  const re = new RegExp(unique.map((s) => `(${s.replace(/\((?!\?)/g, '(?:')})`).join('|'), 'g');
  const exclusion = exclusions.length > 0 ? new RegExp(exclusions.map(escapeLiteral).join('|'), 'g') : null;
  return { re, owners, exclusion };
}

function labelDef(d: IndicatorDef): LabelDef {
  return { id: d.id, name: d.name, units: d.units, defaultUnit: d.defaultUnit, unitAliases: d.unitAliases ?? {} };
}

/** Texts shorter than this (a table's column heading) are matched afresh each time. */
const MEMO_MIN = 1_000;
/** Window ends fit below it (pages are far shorter than 2^26 characters): from * WINDOW_KEY + to is one number per window. */
const WINDOW_KEY = 2 ** 26;

export class IndicatorMatcher {
  private readonly leading: Compiled | null;
  private readonly trailing: Compiled | null;
  private readonly continuation: Map<IndicatorId, RegExp>;
  private readonly framing: Array<{ subject: RegExp; predicate: RegExp; def: LabelDef }>;

  constructor(custom: readonly CustomIndicator[] = []) {
    const lead: Array<{ source: string; def: LabelDef }> = [];
    const trail: Array<{ source: string; def: LabelDef }> = [];
    const exclusions: string[] = [];
    this.continuation = new Map();
    this.framing = [];
    for (const d of INDICATOR_DEFS) {
      const def = labelDef(d);
      for (const [subject, predicate] of d.framing ?? []) {
        this.framing.push({ subject: new RegExp(`(?:${subject})$`), predicate: new RegExp(`^(?:${predicate})`), def });
      }
      for (const p of d.phrases) lead.push({ source: p, def });
      for (const p of d.trailing ?? []) trail.push({ source: `^(?:${p})`, def });
      exclusions.push(...(d.exclusions ?? []));
      if (d.continuations?.length) {
        this.continuation.set(d.id, new RegExp(`(?:${d.continuations.map(escapeLiteral).join('|')})`, 'g'));
      }
    }
    for (const c of custom) {
      const def: LabelDef = { id: `custom:${c.slug}`, name: c.name, units: [c.unit], defaultUnit: c.unit, unitAliases: {} };
      for (const p of c.phrases) lead.push({ source: escapeLiteral(p), def });
    }
    this.leading = compile(lead, exclusions);
    this.trailing = compile(trail, []);
  }

  /**
   * The last page's label matches by window: the rules ask again for windows they asked for before (a sentence's
   * figures share their lead), and one big alternation is the dearest test the engine runs.
   */
  private memo: { text: string; windows: Map<number, LabelMatch[]> } | null = null;

  /** All label matches in text[from, to), excluding spans covered by an exclusion phrase. */
  labelsIn(text: string, from: number, to: number): LabelMatch[] {
    if (text.length < MEMO_MIN) return this.findLabels(text, from, to);
    // (Equal text in another string — the same page read again — is adopted: later checks compare one pointer, not a
    // megabyte each.)
    if (this.memo?.text !== text) this.memo = { text, windows: new Map() };
    else this.memo.text = text;
    const key = from * WINDOW_KEY + to;
    let found = this.memo.windows.get(key);
    if (!found) this.memo.windows.set(key, (found = this.findLabels(text, from, to)));
    // A copy: callers pop and filter what they get.
    return found.slice();
  }

  private findLabels(text: string, from: number, to: number): LabelMatch[] {
    const c = this.leading;
    if (!c) return [];
    const window = text.slice(from, to);
    const blocked: Array<[number, number]> = [];
    if (c.exclusion) {
      c.exclusion.lastIndex = 0;
      for (let m = c.exclusion.exec(window); m !== null; m = c.exclusion.exec(window)) {
        blocked.push([m.index, m.index + m[0].length]);
      }
    }
    const out: LabelMatch[] = [];
    c.re.lastIndex = 0;
    for (let m = c.re.exec(window); m !== null; m = c.re.exec(window)) {
      if (m[0].length === 0) {
        c.re.lastIndex++;
        continue;
      }
      const s = m.index;
      const e = s + m[0].length;
      if (blocked.some(([bs, be]) => s < be && bs < e)) continue;
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      out.push({ def: c.owners[group - 1]!, start: from + s, end: from + e, text: m[0] });
    }
    return out;
  }

  /** A label that starts exactly at `at` (505万|下岗失业人员实现再就业). */
  trailingAt(text: string, at: number): LabelMatch | null {
    const c = this.trailing;
    if (!c) return null;
    // Long enough for a lookahead past a second group (…就业困难人员和1.5万户零就业家庭中的1.8万人实现就业).
    const window = text.slice(at, at + 40);
    c.re.lastIndex = 0;
    const m = c.re.exec(window);
    if (!m || m.index !== 0) return null;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    return { def: c.owners[group - 1]!, start: at, end: at + m[0].length, text: m[0] };
  }

  /** Whether any indicator's continuation word occurs in text[from, to). */
  continuationNear(text: string, from: number, to: number): boolean {
    this.anyContinuation ??= new RegExp([...this.continuation.values()].map((re) => re.source).join('|'));
    return this.anyContinuation.test(text.slice(from, to));
  }

  private anyContinuation: RegExp | undefined;

  /**
   * A subject ending at `before` and a predicate starting at `after` that together name an indicator
   * (就业困难人员|206人|实现就业); the label is the two joined.
   */
  framingAround(text: string, before: number, after: number): { def: LabelDef; start: number; end: number; text: string } | null {
    const head = text.slice(Math.max(0, before - 12), before);
    const tail = text.slice(after, after + 8);
    for (const f of this.framing) {
      const s = f.subject.exec(head);
      const p = s && f.predicate.exec(tail);
      if (s && p) return { def: f.def, start: before - s[0].length, end: after + p[0].length, text: s[0] + p[0] };
    }
    return null;
  }

  /** A continuation label of `topic` ending right before `at` within text[from, at). */
  continuationIn(topic: IndicatorId, text: string, from: number, at: number): LabelMatch | null {
    const re = this.continuation.get(topic);
    if (!re) return null;
    const window = text.slice(from, at);
    let last: RegExpExecArray | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(window); m !== null; m = re.exec(window)) last = m;
    if (!last) return null;
    const def = INDICATOR_DEFS.find((d) => d.id === topic);
    if (!def) return null;
    return { def: labelDef(def), start: from + last.index, end: from + last.index + last[0].length, text: last[0] };
  }
}
