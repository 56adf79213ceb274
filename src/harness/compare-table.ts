/** Reading the comparison table of the popup or the full view, in the extension page's own world. */

export interface CompareRow {
  /** Column headers (region and period), the indicator column left out. */
  heads: string[];
  /** The row's cells, column by column. */
  cells: string[];
}

/** The headers and one row's cells once the table is ready; null before. Runs in the page (page.evaluate). */
export function readCompareRow(rowKey: string): CompareRow | null {
  const table = document.querySelector('[data-state="ready"] [data-testid="compare-table"]');
  if (!table) return null;
  const heads = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent ?? '');
  const cells = [...table.querySelectorAll(`tr[data-row="${rowKey}"] td`)].map((td) => td.textContent ?? '');
  return { heads, cells };
}
