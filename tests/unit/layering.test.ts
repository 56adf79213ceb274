// The layering, as a test: which parts of the code may import which. It reads every import of src/, entrypoints/ and
// tests/ and names each import that breaks a rule.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = /\.(?:ts|tsx)$/;

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path.join(ROOT, rel)).isDirectory() ? filesUnder(rel) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a file imports, relative ones resolved to repository paths (without extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    out.push(spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : spec);
  }
  return out;
}

/** A resolved relative import to the file it names (x → x.ts, x.tsx or x/index.ts). */
function fileOf(spec: string): string | null {
  for (const candidate of [spec, `${spec}.ts`, `${spec}.tsx`, path.join(spec, 'index.ts')]) {
    const abs = path.join(ROOT, candidate);
    if (existsSync(abs) && statSync(abs).isFile() && SOURCE.test(candidate)) return candidate;
  }
  return null;
}

const files = [...filesUnder('src'), ...filesUnder('entrypoints'), ...filesUnder('tests')];
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const inside = (file: string, dir: string) => file === dir || file.startsWith(`${dir}/`);
const POLYFILL = /^(?:wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill)$/;

function breaks(from: (file: string) => boolean, forbidden: (spec: string) => boolean): string[] {
  return [...graph].flatMap(([file, specs]) => (from(file) ? specs.filter(forbidden).map((s) => `${file} → ${s}`) : []));
}

describe('layering', () => {
  it('has code to check', () => {
    expect(files.filter((f) => inside(f, 'src/extract')).length).toBeGreaterThan(20);
  });

  it('the engine and the comparison model touch no page, messaging or extension API', () => {
    const pure = (f: string) => inside(f, 'src/extract') || inside(f, 'src/compare');
    const impure = (s: string) => inside(s, 'src/page') || inside(s, 'src/messaging') || inside(s, 'src/annotate') || inside(s, 'src/gate') || POLYFILL.test(s) || s === 'wxt/browser';
    expect(breaks(pure, impure)).toEqual([]);
  });

  it('nothing in src/ imports the tests, and nothing imports an entrypoint', () => {
    expect(breaks((f) => inside(f, 'src'), (s) => inside(s, 'tests'))).toEqual([]);
    expect(breaks((f) => !inside(f, 'entrypoints'), (s) => inside(s, 'entrypoints'))).toEqual([]);
  });

  it('the gate every page loads (src/gate/ and its entrypoint) pulls in neither the polyfill nor Preact', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of graph.get(file) ?? importsOf(file)) {
        const target = spec.startsWith('src/') || spec.startsWith('entrypoints/') || spec.startsWith('tests/') ? fileOf(spec) : null;
        if (target) walk(target);
        else if (POLYFILL.test(spec) || /^preact(?:\/|$)/.test(spec)) bad.push(`${file} → ${spec}`);
      }
    };
    const gate = files.filter((f) => inside(f, 'src/gate'));
    expect(gate.length).toBeGreaterThan(3);
    for (const file of ['entrypoints/gate.ts', ...gate]) walk(file);
    expect(bad).toEqual([]);
  });

  it('the gate reaches nothing of the annotator, the UI or the background', () => {
    const above = (s: string) => ['src/annotate', 'src/ui', 'src/background'].some((dir) => inside(s, dir));
    expect(breaks((f) => inside(f, 'src/gate') || f === 'entrypoints/gate.ts', above)).toEqual([]);
  });

  it('no two files of src/ share a name (index.ts and types.ts aside): one name, one concept', () => {
    const byName = new Map<string, string[]>();
    for (const file of files.filter((f) => inside(f, 'src'))) {
      const name = path.basename(file).replace(/\.tsx?$/, '');
      if (name === 'index' || name === 'types') continue;
      byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    expect([...byName.values()].filter((same) => same.length > 1)).toEqual([]);
  });

  it('has no import cycle among the modules of src/', () => {
    const srcFiles = files.filter((f) => inside(f, 'src'));
    const edges = new Map(srcFiles.map((f) => [f, (graph.get(f) ?? []).map(fileOf).filter((t): t is string => t !== null && inside(t, 'src'))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of edges.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of srcFiles) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
