/** JSON export of library entries: the spec's records with their source, note and clip time. */
import { LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, type ExportItem } from './export-types';

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_FORMAT_VERSION;
  exportedAt: string;
  entries: Array<{
    record: ExportItem['record'];
    /** `sentence` and `readAt` for a reader; an import reads only the passage's quote and context. */
    source: { url: string; title: string; quote: string; prefix: string; suffix: string; sentence?: string; readAt?: string };
    note: string;
    clippedAt: string | null;
  }>;
}

export function toLibraryJson(items: readonly ExportItem[], now = Date.now()): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries: items.map((i) => ({
      record: i.record,
      source: {
        url: i.source.url,
        title: i.source.title,
        quote: i.source.quote ?? i.record.text,
        prefix: i.source.prefix ?? '',
        suffix: i.source.suffix ?? '',
        ...(i.sentence ? { sentence: i.sentence } : {}),
        ...(i.readAt !== undefined ? { readAt: new Date(i.readAt).toISOString() } : {}),
      },
      note: i.note ?? '',
      clippedAt: i.clippedAt === undefined ? null : new Date(i.clippedAt).toISOString(),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
