/**
 * Arrow-key movement in the comparison table, so its buttons are one tab stop, not 180 (a roving tabindex: the button
 * last reached has tabindex 0, all others -1, so Tab leaves the table and Shift+Tab comes back to where one was).
 *
 * - ←/→: the previous/next button of the row (a figure, its ☆, the next cell's figure…);
 * - ↑/↓: the previous/next figure line of the cell, then the nearest row above/below with something in that column
 *   (the header row's "clip this column" included), keeping to the figure or its ☆;
 * - Home/End: the first/last button of the row; Ctrl+Home/End: of the table.
 */

const BUTTONS = 'button';

function buttonsOf(el: Element): HTMLElement[] {
  return [...el.querySelectorAll<HTMLElement>(BUTTONS)];
}

/** The button's cell, its line in the cell (a figure line, or the cell itself), and its place on that line. */
function placeOf(button: HTMLElement) {
  const cell = button.closest('td, th') as HTMLTableCellElement | null;
  if (!cell) return null;
  const line = (button.closest('.il-fig') as HTMLElement | null) ?? cell;
  const lines = linesOf(cell);
  return { cell, row: cell.parentElement as HTMLTableRowElement, line: lines.indexOf(line), slot: buttonsOf(line).indexOf(button), lines };
}

function linesOf(cell: HTMLTableCellElement): HTMLElement[] {
  const figs = [...cell.querySelectorAll<HTMLElement>('.il-fig')];
  return figs.length > 0 ? figs : buttonsOf(cell).length > 0 ? [cell] : [];
}

function atSlot(line: HTMLElement, slot: number): HTMLElement | null {
  const buttons = buttonsOf(line);
  return buttons[Math.min(slot, buttons.length - 1)] ?? null;
}

function vertical(table: HTMLTableElement, button: HTMLElement, step: 1 | -1): HTMLElement | null {
  const at = placeOf(button);
  if (!at) return null;
  const inCell = at.lines[at.line + step];
  if (inCell) return atSlot(inCell, at.slot);
  const rows = [...table.rows];
  for (let r = rows.indexOf(at.row) + step; r >= 0 && r < rows.length; r += step) {
    const cell = rows[r]!.cells[at.cell.cellIndex];
    const lines = cell ? linesOf(cell) : [];
    if (lines.length > 0) return atSlot(lines[step === 1 ? 0 : lines.length - 1]!, at.slot);
  }
  return null;
}

/** Where `key` moves the focus from `button`; null when it does not move (an edge, or not a movement key). */
export function gridTarget(table: HTMLTableElement, button: HTMLElement, key: string, ctrl = false): HTMLElement | null {
  const row = button.closest('tr');
  if (!row) return null;
  const inRow = buttonsOf(row);
  const i = inRow.indexOf(button);
  switch (key) {
    case 'ArrowLeft':
      return inRow[i - 1] ?? null;
    case 'ArrowRight':
      return inRow[i + 1] ?? null;
    case 'ArrowUp':
      return vertical(table, button, -1);
    case 'ArrowDown':
      return vertical(table, button, 1);
    case 'Home':
      return (ctrl ? buttonsOf(table)[0] : inRow[0]) ?? null;
    case 'End':
      return (ctrl ? buttonsOf(table).at(-1) : inRow.at(-1)) ?? null;
    default:
      return null;
  }
}

/** Leaves one tab stop in the table: `active` when it is still there, else the first button of the body. */
export function rovingTabStop(table: HTMLTableElement, active: HTMLElement | null): HTMLElement | null {
  const all = buttonsOf(table);
  const stop = active && table.contains(active) ? active : (table.tBodies[0]?.querySelector<HTMLElement>(BUTTONS) ?? all[0] ?? null);
  for (const b of all) {
    const want = b === stop ? 0 : -1;
    if (b.tabIndex !== want) b.tabIndex = want;
  }
  return stop;
}
