export { scanQuantities, MAX_DIGITS } from './scan';
export type { Quantity } from './types';
