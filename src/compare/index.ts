export * from './types';
export { buildComparison, listAxes } from './build';
export { formatExact, formatFigureValue, formatNumber, formatPeriod } from './format';
export { rowKeyOf } from './row-order';
export { isGenericRegion } from './region';
export { sortValue } from './sort';
export { commonUnit, convert, splitUnit } from './units';
