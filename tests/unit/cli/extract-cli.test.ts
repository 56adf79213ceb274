import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../..');
const samples = join(repo, 'tests/fixtures/samples');
const documents = join(repo, 'tests/fixtures/documents');
let dir: string;

function runCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonDocument {
  file: string;
  relevant: boolean;
  region: string | null;
  period: string | null;
  records: Record<string, unknown>[];
  error?: string;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lens-cli-'));
  writeFileSync(join(dir, 'post.txt'), '---\ntitle: "今年城镇新增就业40万人以上"\n---\n<p>全面完成城镇新增<b>就业</b>40万人以上。</p>');
  writeFileSync(join(dir, 'scan.pdf'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff]));
  mkdirSync(join(dir, 'folder/sub'), { recursive: true });
  mkdirSync(join(dir, 'folder/.git'));
  writeFileSync(join(dir, 'folder/b.txt'), '城镇登记失业率4.5%以内。');
  writeFileSync(join(dir, 'folder/sub/a.html'), '<html><body><p>失业率</p></body></html>');
  writeFileSync(join(dir, 'folder/notes.md'), 'not a document');
  writeFileSync(join(dir, 'folder/.git/x.txt'), 'hidden');
  mkdirSync(join(dir, 'office/sub'), { recursive: true });
  for (const name of ['summary-004.pdf', 'xinmi-2017-notice.docx', 'encrypted.pdf', 'scanned.pdf', 'broken.docx', 'legacy.doc']) {
    copyFileSync(join(documents, name), join(dir, 'office/sub', name));
  }
  writeFileSync(join(dir, 'office/report.wps'), 'anything');
  writeFileSync(join(dir, 'office/b.txt'), '城镇登记失业率4.5%以内。');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract CLI', () => {
  it('prints one JSON array in input order, reports an unreadable file on stderr and exits 1', () => {
    const post = join(dir, 'post.txt');
    const pdf = join(dir, 'scan.pdf');
    const folder = join(dir, 'folder');
    const { code, stdout, stderr } = runCli('--json', post, pdf, folder);
    expect(code).toBe(1);
    expect(stderr).toBe(`indicator-lens: ${pdf}: broken PDF (Invalid PDF structure): not read\n`);
    const docs = JSON.parse(stdout) as JsonDocument[];
    expect(docs.map((doc) => doc.file)).toEqual([post, pdf, join(folder, 'b.txt'), join(folder, 'sub/a.html')]);
    for (const doc of docs) {
      expect(Object.keys(doc).slice(0, 5)).toEqual(['file', 'relevant', 'region', 'period', 'records']);
      expect(Array.isArray(doc.records)).toBe(true);
    }
    expect(docs[1]).toMatchObject({ relevant: false, records: [], error: expect.stringContaining('broken PDF') });
    expect(docs[0]!.error).toBeUndefined();
  });

  it('reads an HTML progress table: its caption\'s 单位 scales the counts, a rate row without a share is read', () => {
    const { code, stdout } = runCli('--json', join(repo, 'tests/fixtures/tables/progress-table.html'));
    expect(code).toBe(0);
    const [doc] = JSON.parse(stdout) as JsonDocument[];
    expect(doc!.records.map((r) => [r.indicator, r.value, r.unit, r.kind, r.text])).toEqual([
      ['urban_new_jobs', 1100000, '人', 'target', '110'],
      ['urban_new_jobs', 985000, '人', 'actual', '98.5'],
      ['urban_new_jobs', 89.5, '%', 'progress', '89.5%'],
      ['unemployed_reemployment', 300000, '人', 'target', '30'],
      ['unemployed_reemployment', 251000, '人', 'actual', '25.1'],
      ['unemployed_reemployment', 83.7, '%', 'progress', '83.7%'],
      ['registered_unemployment_rate', 4.5, '%', 'target', '4.5'],
      ['registered_unemployment_rate', 3.2, '%', 'actual', '3.2'],
    ]);
  });

  it('reads HTML in a .txt as visible text: records carry page text, never markup', () => {
    const { code, stdout } = runCli('--json', join(dir, 'post.txt'));
    expect(code).toBe(0);
    const [doc] = JSON.parse(stdout) as JsonDocument[];
    const texts = doc!.records.map((record) => record.text as string);
    expect(texts.join('')).not.toMatch(/[<>]/);
    // The title line and the body sentence (whose <b> is gone) are both read.
    expect(texts.filter((text) => text === '城镇新增就业40万人以上')).toHaveLength(2);
    const record = doc!.records.find((r) => r.text === '城镇新增就业40万人以上')!;
    expect(Object.keys(record)).toEqual(['indicator', 'label', 'value', 'unit', 'comparator', 'kind', 'masked', 'region', 'period', 'text', 'start', 'end']);
    expect(record).toMatchObject({ indicator: 'urban_new_jobs', value: 400000, unit: '人', comparator: '>=' });
  });

  it('with no path, reads every bundled sample and prints a readable table', () => {
    const { code, stdout, stderr } = runCli();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const name of readdirSync(samples).filter((file) => /\.(txt|html)$/.test(file))) {
      expect(stdout).toContain(`tests/fixtures/samples/${name}\n`);
    }
    const sample000 = stdout.slice(stdout.indexOf('000_c01e68819d8d14d7.txt'), stdout.indexOf('001_20dd1c6eb5c70df1.txt'));
    expect(sample000).toMatch(/urban_new_jobs +城镇新增就业 +40万人 \(400,000 人\) +>= +target +陕西省 +2022 +城镇新增就业40万人以上/);
    expect(stdout).toMatch(/cnews-game-prizes\.txt\n {2}relevant: no/);
  });

  it('prints usage for --help and exits 2 without a stack trace on an unknown option', () => {
    const help = runCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent extract -- \[--json\]/);
    const bad = runCli('--jsn', 'x.txt');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^indicator-lens: unknown option --jsn\n/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('walks a folder for PDF and Word files: each unreadable one says why on one line, the others are read', () => {
    const office = join(dir, 'office');
    const { code, stdout, stderr } = runCli('--json', office);
    expect(code).toBe(1);
    const sub = join(office, 'sub');
    expect(stderr.split('\n')).toEqual([
      `indicator-lens: ${join(office, 'report.wps')}: WPS Office .wps file: not read; save it as .docx or PDF (in Word or WPS: Save As; or \`soffice --headless --convert-to docx FILE\`) and run again`,
      `indicator-lens: ${join(sub, 'broken.docx')}: broken Word .docx file (Corrupted zip: can't find end of central directory): not read`,
      `indicator-lens: ${join(sub, 'encrypted.pdf')}: encrypted PDF (it needs a password to open): not read; save an unprotected copy`,
      `indicator-lens: ${join(sub, 'legacy.doc')}: legacy Word .doc file: not read; save it as .docx or PDF (in Word or WPS: Save As; or \`soffice --headless --convert-to docx FILE\`) and run again`,
      `indicator-lens: ${join(sub, 'scanned.pdf')}: no text layer (a scanned or image-only PDF of 1 page): not read; run OCR on it first`,
      '',
    ]);
    const docs = JSON.parse(stdout) as JsonDocument[];
    expect(docs.map((doc) => doc.file.slice(office.length + 1))).toEqual([
      'b.txt',
      'report.wps',
      'sub/broken.docx',
      'sub/encrypted.pdf',
      'sub/legacy.doc',
      'sub/scanned.pdf',
      'sub/summary-004.pdf',
      'sub/xinmi-2017-notice.docx',
    ]);
    const pdf = docs[6]!;
    const docx = docs[7]!;
    expect(pdf.error).toBeUndefined();
    expect(pdf.records.some((r) => r.indicator === 'urban_new_jobs' && r.value === 1271)).toBe(true);
    // The spec's record has no page field: the JSON keeps exactly its fields.
    for (const record of pdf.records) expect(Object.keys(record)).not.toContain('page');
    expect(docx.records.some((r) => r.indicator === 'registered_unemployment_rate' && r.value === 4)).toBe(true);
  });

  it('shows the page of each record of a PDF in the readable table', () => {
    const { code, stdout } = runCli(join(documents, 'summary-004.pdf'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n {2}page +indicator +label/);
    expect(stdout).toMatch(/\n {2}1 +urban_new_jobs +城镇新增就业 +1271人/);
    expect(stdout).toMatch(/\n {2}2 +\S+ +[^\n]*线上办件率/);
  });
});
