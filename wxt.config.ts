import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { jiebaWasmNoInline, jiebaWasmPath, JIEBA_WASM_FILE } from './build/jieba-wasm';

const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), jiebaWasmNoInline()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: jiebaWasmPath(), relativeDest: JIEBA_WASM_FILE });
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: '指标透镜 Indicator Lens',
    description: 'Finds, highlights and compares labour and social-security indicators on Chinese government pages.',
    default_locale: 'zh_CN',
    // Host access is what the page gate's content script needs anyway; `scripting` injects the annotator only
    // into pages the gate finds relevant.
    permissions: manifestVersion === 3 ? ['storage', 'scripting'] : ['storage', ...PAGE_MATCHES],
    ...(manifestVersion === 3 ? { host_permissions: PAGE_MATCHES } : {}),
    content_scripts: [{ matches: PAGE_MATCHES, js: ['gate.js'], run_at: 'document_idle', all_frames: true }],
    // The toolbar button carries the per-tab badge even before a popup exists.
    action: { default_title: '指标透镜 Indicator Lens' },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as unknown as object),
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the list of figures on this page',
      },
    },
  }),
});
