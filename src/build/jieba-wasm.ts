/**
 * Ship jieba's WebAssembly binary once, as a plain file the background loads by URL, instead of letting Vite
 * inline 4 MB of base64 into every bundle that imports jieba-wasm's web build.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

export const JIEBA_WASM_FILE = 'jieba_rs_wasm_bg.wasm';

export function jiebaWasmPath(): string {
  const require = createRequire(import.meta.url);
  // The package's exports map hides package.json; its node entry sits in pkg/nodejs next to pkg/web.
  return path.join(path.dirname(require.resolve('jieba-wasm/node')), '..', 'web', JIEBA_WASM_FILE);
}

/**
 * jieba's web glue falls back to `new URL('jieba_rs_wasm_bg.wasm', import.meta.url)`, which Vite turns into an
 * inlined asset. The engine always passes the URL explicitly, so the fallback is cut out.
 */
export function jiebaWasmNoInline(): Plugin {
  return {
    name: 'indicator-lens:jieba-wasm-no-inline',
    enforce: 'pre',
    transform(code, id) {
      if (!/jieba-wasm[\\/]pkg[\\/]web[\\/]jieba_rs_wasm\.js$/.test(id.split('?')[0]!)) return null;
      const fallback = /new URL\(\s*['"]jieba_rs_wasm_bg\.wasm['"]\s*,\s*import\.meta\.url\s*\)/g;
      return { code: code.replace(fallback, '(() => { throw new Error("jieba-wasm: pass the .wasm URL"); })()'), map: null };
    },
  };
}
