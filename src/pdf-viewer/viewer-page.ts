/**
 * The viewer page's wiring to the extension: the file from `?file=`, the engine and the library through the
 * background, the user's colours, the status line, the panel button, and reveal requests meant for this tab.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/send';
import type { Reply } from '../messaging/send';
import type { RequestOf } from '../messaging/protocol';
import { loadColourOverrides } from '../settings/colours';
import { t, type MessageKey } from '../ui/i18n';
import { CMAPS_DIR } from './pdf-open';
import { startViewer } from './viewer';
import { isFetchableUrl, viewedFile } from './viewer-url';

export function startViewerPage(doc: Document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  const status = doc.querySelector<HTMLElement>('[data-testid="pdf-status"]')!;
  const panelButton = doc.querySelector<HTMLButtonElement>('[data-testid="pdf-panel"]')!;
  const say = (key: MessageKey, subs: Array<string | number> = [], alert = false) => {
    status.textContent = t(key, subs);
    status.setAttribute('role', alert ? 'alert' : 'status');
    status.classList.toggle('alert', alert);
  };
  // Web pages may navigate to the viewer (the PDF redirect makes it web-accessible), but not frame it: a framed
  // viewer would read a file of the framing page's choosing into that tab's figures.
  const win = doc.defaultView;
  if (win && win !== win.top) return say('pdf_viewer_no_file', [], true);
  const origin = browser.runtime.getURL('/');
  const fileUrl = viewedFile(origin, doc.location.href);
  if (!fileUrl || !isFetchableUrl(fileUrl)) return say('pdf_viewer_no_file', [], true);

  const life = new AbortController();
  const viewer = startViewer({
    signal: life.signal,
    doc,
    pages: doc.querySelector<HTMLElement>('[data-testid="pdf-pages"]')!,
    fileUrl,
    cMapUrl: browser.runtime.getURL(`/${CMAPS_DIR}` as '/'),
    say,
    extract: (text, page, pageStarts) => sendMessage('pdf:extract', { text, page, pageStarts }),
    clip: (record, source) => sendMessage('library:add', { entries: [{ record, source }] }),
    highlightColours: () => loadColourOverrides({ sync: browser.storage.sync, local: browser.storage.local }),
    onTitle: (title) => (doc.title = t('pdf_viewer_title', [title])),
  });
  doc.defaultView!.addEventListener('pagehide', () => life.abort(), { once: true });

  panelButton.textContent = t('pdf_viewer_panel');
  panelButton.hidden = false;
  panelButton.addEventListener('click', () => panelButton.setAttribute('aria-pressed', String(viewer.togglePanel())), { signal: life.signal });

  // Reveal from the popup or the comparison page: the background broadcasts it with the tab it is for.
  // Answered synchronously or not at all: a promise from every other viewer would race this tab's answer.
  let ownTab: number | undefined;
  void browser.tabs.getCurrent().then((tab) => (ownTab = tab?.id));
  const onMessage = (message: unknown): Promise<Reply<{ found: boolean }>> | undefined => {
    const m = message as { type?: string; payload?: RequestOf<'pdf:reveal'> } | null;
    if (m?.type !== 'pdf:reveal' || !m.payload?.source || ownTab === undefined || m.payload.tabId !== ownTab) return undefined;
    return Promise.resolve({ ok: true, value: { found: viewer.reveal(m.payload.source) } });
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
