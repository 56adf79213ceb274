import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '指标透镜 Indicator Lens',
    description: 'Finds, highlights and compares labour and social-security indicators on Chinese government pages.',
  },
});
