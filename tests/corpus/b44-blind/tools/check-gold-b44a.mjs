#!/usr/bin/env node
// check-gold.mjs — validate every gold file in shared/corpus/gold against its
// document in shared/corpus/docs and against shared/spec/indicators.md.
// Dependency-free. Usage: node check-gold.mjs [goldDir] [docsDir]
// Exit status 0 when clean, 1 when any error was found.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldDir = path.resolve(process.argv[2] || path.join(here, 'gold'));
const docsDir = path.resolve(process.argv[3] || path.join(here, 'docs'));

// Core ids and their normalised units (spec table). `progress` records use %.
const CORE_UNITS = {
  urban_new_jobs: ['人'],
  registered_unemployment_rate: ['%'],
  surveyed_unemployment_rate: ['%'],
  rural_labor_transfer: ['人'],
  hard_to_employ_employment: ['人'],
  unemployed_reemployment: ['人'],
  vocational_training: ['人次'],
  startup_loans: ['元'],
  public_welfare_jobs: ['个', '人'],
  pension_insured: ['人'],
  unemployment_insurance_insured: ['人'],
  work_injury_insurance_insured: ['人'],
  social_security_cards: ['张'],
  mediation_success_rate: ['%'],
  arbitration_closure_rate: ['%'],
  minimum_wage: ['元'],
  pension_increase: ['%'],
};
const INDICATORS = new Set([...Object.keys(CORE_UNITS), 'other']);
const COMPARATORS = new Set(['>=', '<=', '~', '=', 'range']);
const KINDS = new Set(['target', 'actual', 'progress']);
const TOP_KEYS = new Set(['doc', 'relevant', 'region', 'period', 'records', 'source', 'source_note']);
const REC_REQUIRED = ['indicator', 'label', 'value', 'unit', 'comparator', 'kind', 'masked', 'text'];
const REC_KEYS = new Set([...REC_REQUIRED, 'region', 'period', 'start', 'end', 'max']);
const PERIOD_RE = /^\d{4}(?:H[12]|Q[1-4](?:-Q[1-4])?|-(?:0[1-9]|1[0-2])|-\d{4})?$/;
const MASK_RE = /[*＊]|[Xx×]{2,}|[Xx×](?=[万萬%户人亿])|%/;
const MASK_CH = /[*＊Xx×]/;
const MULT = { '万': 1e4, '亿': 1e8, '萬': 1e4, '億': 1e8 };

const errors = [];
const warnings = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const warn = (where, msg) => warnings.push(`${where}: ${msg}`);
const isStr = (v) => typeof v === 'string' && v.trim() !== '';

// Numbers written in `text`, scaled by a following 万/亿 (also across 余/多).
function candidates(text) {
  const out = [];
  const re = /(\d+(?:\.\d+)?)(?:余|多)?(万|亿|萬|億)?/g;
  let m;
  while ((m = re.exec(text))) {
    const n = Number(m[1]);
    out.push(n);
    if (m[2]) out.push(n * MULT[m[2]]);
  }
  return out;
}
const close = (a, b) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));

// Occurrences of `t` in `doc` that are not the tail of a longer figure
// (e.g. "**人次" inside "***人次", "5人" inside "15人").
function occurrences(doc, t) {
  const out = [];
  for (let i = doc.indexOf(t); i >= 0; i = doc.indexOf(t, i + 1)) {
    const prev = i > 0 ? doc[i - 1] : '';
    if ((MASK_CH.test(t[0]) && MASK_CH.test(prev)) || (/\d/.test(t[0]) && /[\d.]/.test(prev))) continue;
    out.push(i);
  }
  return out;
}

if (!fs.existsSync(goldDir)) {
  console.error(`no gold directory: ${goldDir}`);
  process.exit(1);
}
const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) err(goldDir, 'no gold files');

const perDoc = [];
const perIndicator = {};
const perKind = {};

for (const file of files) {
  const where = file;
  let gold;
  try {
    gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8'));
  } catch (e) {
    err(where, `JSON does not parse: ${e.message}`);
    continue;
  }
  if (gold === null || typeof gold !== 'object' || Array.isArray(gold)) {
    err(where, 'top level is not an object');
    continue;
  }
  for (const k of Object.keys(gold)) if (!TOP_KEYS.has(k)) err(where, `unknown top-level key "${k}"`);
  if (!isStr(gold.doc)) { err(where, 'missing "doc"'); continue; }
  if (!/\.(txt|html)$/.test(gold.doc)) err(where, `doc "${gold.doc}" is not .txt or .html`);
  if (gold.doc.replace(/\.(txt|html)$/, '') + '.json' !== file) err(where, `file name does not match doc "${gold.doc}"`);
  if (typeof gold.relevant !== 'boolean') err(where, '"relevant" must be true or false');
  if (gold.region != null && !isStr(gold.region)) err(where, '"region" must be a non-empty string');
  if (gold.period != null && !(isStr(gold.period) && PERIOD_RE.test(gold.period))) err(where, `bad period "${gold.period}"`);
  if (!Array.isArray(gold.records)) { err(where, '"records" must be an array'); continue; }
  if (gold.relevant === false && gold.records.length) err(where, 'irrelevant page with records');

  const docPath = path.join(docsDir, gold.doc);
  if (!fs.existsSync(docPath)) { err(where, `doc not found: ${docPath}`); continue; }
  const doc = fs.readFileSync(docPath, 'utf8');

  const spans = new Set();
  const textUse = {};
  gold.records.forEach((r, i) => {
    const w = `${where} #${i}${r && typeof r.text === 'string' ? ` "${r.text}"` : ''}`;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) { err(w, 'record is not an object'); return; }
    for (const k of REC_REQUIRED) if (!(k in r)) err(w, `missing "${k}"`);
    for (const k of Object.keys(r)) if (!REC_KEYS.has(k)) err(w, `unknown key "${k}"`);

    if (!INDICATORS.has(r.indicator)) err(w, `unknown indicator "${r.indicator}"`);
    if (!isStr(r.label)) err(w, 'label must be a non-empty string');
    if (!COMPARATORS.has(r.comparator)) err(w, `bad comparator "${r.comparator}"`);
    if (!KINDS.has(r.kind)) err(w, `bad kind "${r.kind}"`);
    if (typeof r.masked !== 'boolean') err(w, 'masked must be true or false');

    // value / masked
    if (r.value === null) {
      if (r.masked !== true) err(w, 'value is null but masked is not true');
    } else if (typeof r.value !== 'number' || !Number.isFinite(r.value)) {
      err(w, `value must be a finite number or null, got ${JSON.stringify(r.value)}`);
    } else {
      if (r.masked !== false) err(w, 'value is a number but masked is not false');
      if (r.value < 0) err(w, 'negative value');
    }

    // unit
    if (!isStr(r.unit)) err(w, 'unit must be a non-empty string');
    else {
      if (/[\d万亿千百十]/.test(r.unit)) err(w, `unit "${r.unit}" is not a base unit`);
      if (r.kind === 'progress') {
        if (r.unit !== '%') err(w, 'progress record must have unit %');
        if (typeof r.value === 'number' && r.value > 1000) err(w, 'progress share above 1000%');
      } else if (CORE_UNITS[r.indicator] && !CORE_UNITS[r.indicator].includes(r.unit)) {
        err(w, `unit "${r.unit}" not allowed for ${r.indicator} (spec: ${CORE_UNITS[r.indicator].join(' / ')})`);
      } else if (r.unit === '%' && typeof r.value === 'number' && r.value > 100) {
        err(w, 'rate above 100%');
      }
    }

    // region / period
    if (r.region !== undefined && !isStr(r.region)) err(w, 'region must be a non-empty string');
    if (r.period !== undefined && !(isStr(r.period) && PERIOD_RE.test(r.period))) err(w, `bad period "${r.period}"`);

    // text and offsets
    if (!isStr(r.text)) { err(w, 'text must be a non-empty string'); return; }
    const at = doc.indexOf(r.text);
    if (at < 0) { err(w, 'text does not occur verbatim in the doc'); return; }
    if ('start' in r || 'end' in r) {
      if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) err(w, 'start/end must both be integers');
      else if (doc.slice(r.start, r.end) !== r.text) err(w, `doc.slice(${r.start}, ${r.end}) is "${doc.slice(r.start, r.end)}", not the text`);
      else {
        const key = `${r.start}:${r.end}:${r.indicator}`;
        if (spans.has(key)) err(w, 'duplicate record (same span and indicator)');
        spans.add(key);
      }
    }
    textUse[r.text] = (textUse[r.text] || 0) + 1;

    // the figure in the text agrees with the record
    if (r.masked === true) {
      if (!MASK_RE.test(r.text)) err(w, 'masked record but the text has no placeholder');
    } else if (typeof r.value === 'number') {
      const c = candidates(r.text.normalize("NFKC").replace(/(\d),(?=\d{3}(?!\d))/g, "$1").replace(/(\d)\s+(?=[万亿萬億])/g, "$1"));
      // Chinese numerals (百万, 一千一百万) are not parsed here: such records are checked by eye.
      if (!c.length && /[零一二两三四五六七八九十百千万亿]/.test(r.text)) return;
      if (!c.some((n) => close(n, r.value))) err(w, `value ${r.value} not found in text (numbers: ${c.join(', ') || 'none'})`);
    }

    perIndicator[r.indicator] = (perIndicator[r.indicator] || 0) + 1;
    perKind[r.kind] = (perKind[r.kind] || 0) + 1;
  });

  // repeated mentions: more records than occurrences is an error; fewer is a warning
  for (const [t, n] of Object.entries(textUse)) {
    const occ = occurrences(doc, t).length;
    if (n > occ) err(where, `"${t}" annotated ${n}× but occurs ${occ}×`);
    else if (n < occ) warn(where, `"${t}" occurs ${occ}× but is annotated ${n}×`);
  }

  const core = gold.records.filter((r) => r && r.indicator !== 'other').length;
  const masked = gold.records.filter((r) => r && r.masked === true).length;
  perDoc.push(`${gold.doc}  records=${gold.records.length} core=${core} other=${gold.records.length - core} masked=${masked}  region=${gold.region ?? '-'} period=${gold.period ?? '-'}`);
}

console.log(`gold files: ${files.length} in ${goldDir}`);
for (const line of perDoc) console.log('  ' + line);
console.log('by indicator:');
for (const id of [...Object.keys(CORE_UNITS), 'other']) if (perIndicator[id]) console.log(`  ${id.padEnd(31)} ${perIndicator[id]}`);
console.log('by kind: ' + Object.entries(perKind).map(([k, n]) => `${k}=${n}`).join(' '));
for (const w of warnings) console.log('WARN  ' + w);
for (const e of errors) console.log('ERROR ' + e);
console.log(errors.length ? `FAIL: ${errors.length} error(s)` : `OK: no errors${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
process.exit(errors.length ? 1 : 0);
