/** Payload checks for messages that arrive from content scripts (i.e. from arbitrary web pages). */
import type { Validator } from './router';

/** Bigger pages are refused rather than risk a long engine run in the background. */
export const MAX_EXTRACT_TEXT = 5_000_000;
const MAX_PAGE_FIELD = 8_192;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalString(obj: Record<string, unknown>, key: string, max: number): string | null {
  const v = obj[key];
  if (v === undefined) return null;
  if (typeof v !== 'string') return `${key} must be a string`;
  if (v.length > max) return `${key} longer than ${max}`;
  return null;
}

export const validateExtract: Validator = (payload) => {
  if (!isPlainObject(payload)) return 'payload must be an object';
  if (typeof payload.text !== 'string') return 'text must be a string';
  if (payload.text.length > MAX_EXTRACT_TEXT) return `text longer than ${MAX_EXTRACT_TEXT}`;
  if (!isPlainObject(payload.page)) return 'page must be an object';
  if (payload.preview !== undefined && typeof payload.preview !== 'boolean') return 'preview must be a boolean';
  if ((payload.run === undefined) !== (payload.parts === undefined)) return 'run and parts go together';
  if (payload.run !== undefined && !isRun(payload.run)) return 'run must be a short id';
  if (payload.parts !== undefined && !isIndex(payload.parts)) return 'parts must be a whole number';
  return optionalString(payload.page, 'title', MAX_PAGE_FIELD) ?? optionalString(payload.page, 'url', MAX_PAGE_FIELD);
};

/** The most characters one slice of a long text may carry (the sender's are 64 Ki). */
export const MAX_TEXT_SLICE = 256 * 1024;
const isRun = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 64;
const isIndex = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_EXTRACT_TEXT;

export const validateExtractPart: Validator = (payload) => {
  if (!isPlainObject(payload)) return 'payload must be an object';
  if (!isRun(payload.run)) return 'run must be a short id';
  if (!isIndex(payload.index)) return 'index must be a whole number';
  if (typeof payload.text !== 'string') return 'text must be a string';
  return payload.text.length > MAX_TEXT_SLICE ? `a slice longer than ${MAX_TEXT_SLICE}` : null;
};

export const validateEmpty: Validator = (payload) =>
  payload === undefined || isPlainObject(payload) ? null : 'payload must be an object';

const isSourceRef = (v: unknown): boolean =>
  isPlainObject(v) && ['url', 'title', 'quote', 'prefix', 'suffix'].every((k) => typeof v[k] === 'string');

export const validateReveal: Validator = (payload) => {
  if (!isPlainObject(payload)) return 'payload must be an object';
  if (!isSourceRef(payload.source)) return 'source must be a SourceRef';
  if ((payload.source as { quote: string }).quote.length === 0) return 'empty quote';
  return null;
};

export const validateTheme: Validator = (payload) =>
  isPlainObject(payload) && (payload.theme === 'light' || payload.theme === 'dark') ? null : 'theme must be light or dark';
