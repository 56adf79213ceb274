/**
 * Digits written with Chinese powers in two parts: 3万2千人 (32,000), 1千零20人 (1,020), 1亿2千万元 (120,000,000).
 * The scanner reads each part as a quantity; a part that ends in a bare power and is followed at once (or after 零)
 * by a smaller part is one figure with it.
 */
import type { Quantity } from './types';

const POWER: Record<string, number> = { 百: 1e2, 千: 1e3, 万: 1e4, 亿: 1e8 };

export function joinCompounds(text: string, quantities: Quantity[]): Quantity[] {
  let out: Quantity[] | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const head = quantities[i]!;
    const tail = quantities[i + 1];
    const power = POWER[head.rawUnit];
    if (
      tail && power !== undefined && head.unit === '' && head.value !== null && tail.value !== null && !head.comparator &&
      !head.masked && !tail.masked && tail.value < power && /^零?$/.test(text.slice(head.end, tail.start))
    ) {
      out ??= quantities.slice(0, i);
      out.push({ ...tail, start: head.start, value: head.value + tail.value });
      i++;
      continue;
    }
    out?.push(head);
  }
  return out ?? quantities;
}
