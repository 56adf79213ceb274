/** Command-line paths → the documents to read: files as given, folders walked for documents (DOCUMENT_EXTENSIONS). */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** .doc and .wps are picked up so that each is reported with what to convert it to, not silently passed over. */
export const DOCUMENT_EXTENSIONS = /\.(?:txt|html?|pdf|docx|doc|wps)$/i;

export interface InputFile {
  file: string;
  /** Set when the path could not be listed; the file is still reported, in order. */
  error?: string;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${code ?? String(error)})`;
}

async function walk(dir: string, seen: Set<string>, out: InputFile[]): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ file: dir, error: reasonOf(error) });
    return;
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link inside a folder is not something the user asked for
      }
    }
    if (isDir) await walk(path, seen, out);
    else if (isFile && DOCUMENT_EXTENSIONS.test(entry.name)) out.push({ file: path });
  }
}

/**
 * Expands paths in order. A path that is not a folder is a document, whatever its extension (reading it will say
 * if it is not text). A folder without documents is reported as an error.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      // Missing or unreadable: reading it reports why.
    }
    if (!isDir) {
      out.push({ file: path });
      continue;
    }
    const before = out.length;
    await walk(path, new Set(), out);
    if (out.length === before) out.push({ file: path, error: 'no .txt, .html, .htm, .pdf or .docx files in this folder' });
  }
  return out;
}
