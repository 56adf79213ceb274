export * from './types';
export { buildComparison, buildFullTable, viewTable } from './build';
export { cellLines, exactText, figureText, progressText, type CellLine, type CellWords } from './cell-text';
export { formatExact, formatFigureValue, formatNumber, formatPeriod } from './format';
export { isOtherRow, otherRowLabel, rowKeyOf } from './row-order';
export { cleanOtherLabel } from './other-label';
export { isGenericRegion } from './region-columns';
export { sortValue } from './sort';
export { commonUnit, convert, splitUnit } from './unit-conversion';
