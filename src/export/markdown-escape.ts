/**
 * Page text as literal Markdown: no table break (|), no HTML (<, >), and no link or image ([…](…), ![…](…), <…>
 * autolinks) — a label, region or sentence from a page or an import must not become a live link in a report.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|[\]()!*_`^#])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}
