import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { jiebaWasmNoInline, jiebaWasmPath, JIEBA_WASM_FILE } from './src/build/jieba-wasm';
import { pdfjsCmapFiles } from './src/build/pdfjs-cmaps';

const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
/** Stable add-on id: Firefox keys storage (and settings sync) by it. */
const GECKO_ID = 'indicator-lens@example.org';

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), jiebaWasmNoInline()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: jiebaWasmPath(), relativeDest: JIEBA_WASM_FILE });
      files.push(...pdfjsCmapFiles());
    },
  },
  manifest: ({ manifestVersion, browser }) => ({
    name: '指标透镜 Indicator Lens',
    description: 'Finds, highlights and compares labour and social-security indicators on Chinese government pages.',
    default_locale: 'zh_CN',
    // Host access is what the page gate's content script needs anyway; `scripting` injects the annotator only
    // into pages the gate finds relevant; `contextMenus` adds 「在指标透镜中打开 PDF」 to PDF links;
    // `declarativeNetRequestWithHostAccess` (no install warning: it acts only where host access is granted) sends a
    // PDF opened in a tab to the viewer while 「PDF 默认用指标透镜打开」 is on.
    permissions:
      manifestVersion === 3
        ? ['storage', 'scripting', 'contextMenus', 'declarativeNetRequestWithHostAccess']
        : ['storage', 'contextMenus', ...PAGE_MATCHES],
    ...(manifestVersion === 3
      ? {
          host_permissions: PAGE_MATCHES,
          // A redirect to an extension page is blocked unless web pages may reach it: the viewer only (it reads the
          // PDF its address names and refuses to run in a frame).
          web_accessible_resources: [{ resources: ['pdf-viewer.html'], matches: PAGE_MATCHES }],
        }
      : {}),
    content_scripts: [{ matches: PAGE_MATCHES, js: ['gate.js'], run_at: 'document_end', all_frames: true }],
    // The toolbar button carries the per-tab badge even before a popup exists.
    action: { default_title: '指标透镜 Indicator Lens' },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as unknown as object),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the CSS Custom Highlight API (the highlights) and the data-consent key below.
              strict_min_version: '140.0',
              // Nothing leaves the browser: no network requests at all.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-consent key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the list of figures on this page',
      },
    },
  }),
});
