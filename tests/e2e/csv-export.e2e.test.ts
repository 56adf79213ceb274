/**
 * The popup's CSV export in every supported browser (Chromium, Firefox ESR, Firefox 140 ESR): the file a user gets
 * on disk, byte for byte. Chromium's download is Playwright's; Firefox saves it into a folder set by profile prefs
 * (src/harness/firefox.ts), since a download cannot be read back over WebDriver BiDi.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, pageHtml } from '../../src/harness/corpus-pages';
import { readCompareRow } from '../../src/harness/compare-table';
import { browsersToRun, launchDriver, type BrowserDriver } from '../../src/harness/drivers';
import { extensionMessage } from '../../src/harness/driven-ui';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { pollFor, settledHighlights } from '../../src/harness/page-actions';

const DOCS = { shaanxi: '000_c01e68819d8d14d7', shandong: '001_20dd1c6eb5c70df1', county: '004_7e97ff98d8e8a41e' };
const corpus = loadCorpus();

describe.each(browsersToRun())('%s: exporting the comparison', (name) => {
  let driver: BrowserDriver;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launchDriver(name);
  }, 90_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('exports the comparison of three open tabs as CSV, 陕西省 and 山东省 new-jobs targets among its rows', async () => {
    for (const doc of Object.values(DOCS)) {
      const page = await driver.open(server.add(`/doc/${doc}.html`, { body: pageHtml(corpus.find((d) => d.name === doc)!.source) }));
      await settledHighlights(page);
    }
    const popup = await driver.openExtensionPage('popup.html');
    const row = await pollFor(() => popup.evaluate(readCompareRow, 'urban_new_jobs'), (r) => r !== null && r.heads.length >= 3, 20_000);
    expect(row, 'the comparison table').not.toBeNull();
    // The machine header option, for scripts: stable English column names whatever the UI's language.
    const label = await extensionMessage(popup, 'compare_export_csv_machine');
    const bytes = await popup.download(async () => {
      const found = await popup.evaluate((l) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === l);
        button?.click();
        return button !== undefined;
      }, label);
      if (!found) throw new Error(`no button «${label}» in the popup`);
    });
    await popup.close();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'indicator,label,value,max,unit,comparator,kind,masked,region,scope,period,period_type,text,sentence,source_title,source_url,read_at,clipped_at,note',
    );
    expect(lines.some((l) => l.startsWith('urban_new_jobs,') && l.includes(',400000,') && l.includes('陕西省'))).toBe(true);
    expect(lines.some((l) => l.startsWith('urban_new_jobs,') && l.includes(',1100000,') && l.includes('山东省'))).toBe(true);
  });
});
