import { createExtractor } from '../../../src/extract/index';
import type { Extractor, IndicatorRecord } from '../../../src/extract/types';

let shared: Promise<Extractor> | null = null;

/** One rules-only extractor for the suite (segmentation is exercised by its own test). */
export function extractor(): Promise<Extractor> {
  shared ??= createExtractor({ segmentation: false });
  return shared;
}

/** Sentences that make a page about labour and social security without stating any figure. */
export const LABOUR_CONTEXT = [
  '各地人社部门认真落实就业优先政策，做好社会保险和劳动关系工作。',
  '加强职业技能培训，完善失业保险制度。',
  '推进养老保险全国统筹，维护劳动者合法权益。',
  '健全农民工工资支付保障机制，根治欠薪。',
].join('\n');

/** A 人社 page whose only figures are in `body`; `title` sets the page's year, area and genre. */
export function labourPage(body: string, title = '全市人力资源和社会保障工作情况'): string {
  return `${title}\n${LABOUR_CONTEXT}\n${body}\n`;
}

export async function recordsOf(body: string, title?: string): Promise<IndicatorRecord[]> {
  const text = labourPage(body, title);
  return (await extractor()).extract(text, title ? { title } : undefined).records;
}

export async function coreOf(body: string, title?: string): Promise<IndicatorRecord[]> {
  return (await recordsOf(body, title)).filter((r) => r.indicator !== 'other');
}
