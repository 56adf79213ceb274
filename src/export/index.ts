export * from './export-types';
export { CSV_COLUMNS, csvField, toCsv } from './csv';
export { toLibraryJson, type LibraryFile } from './json';
export { columnLabel, toMarkdown, type MarkdownLabels } from './markdown';
export { MAX_IMPORT_ENTRIES, parseLibraryJson, type ImportResult } from './import';
