/**
 * The PDF.js CMaps the viewer needs, shipped as files of the extension (the viewer loads nothing from the network):
 * the Chinese ones only — a government PDF that names a non-embedded 宋体 or 楷体 reads its text through UniGB-UCS2-H
 * and kin (simplified) or the CNS1 maps (traditional); about 600 KB of the package's 1.7 MB.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Where the viewer finds them (src/pdf-viewer/pdf-open.ts: CMAPS_DIR). */
export const CMAPS_DEST = 'pdfjs-cmaps';
const CHINESE = /(GB|CNS|B5|ETen|HKscs|UniCNS|UniGB)/;

export function pdfjsCmapFiles(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.bcmap') && CHINESE.test(name))
    .map((name) => ({ absoluteSrc: path.join(dir, name), relativeDest: `${CMAPS_DEST}/${name}` }));
}
