/**
 * On a PDF tab: the browser's own viewer runs no extension script, so the popup offers the extension's viewer
 * (pdf-viewer.html), opened in place of the browser's in the same tab.
 */
import { browser } from 'wxt/browser';
import { viewerUrl } from '../../pdf-viewer/viewer-url';
import { t } from '../i18n';

export async function openInViewer(fileUrl: string): Promise<void> {
  const url = viewerUrl(browser.runtime.getURL('/'), fileUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.update(tab.id, { url });
  else await browser.tabs.create({ url });
  globalThis.close?.();
}

export function OpenPdfButton({ fileUrl, open = openInViewer }: { fileUrl: string; open?: (url: string) => Promise<void> }) {
  return (
    <span class="il-tab-note" data-testid="tab-note">
      {t('popup_tab_pdf')}{' '}
      <button type="button" data-testid="open-pdf" onClick={() => void open(fileUrl)}>
        {t('popup_open_pdf')}
      </button>
    </span>
  );
}
