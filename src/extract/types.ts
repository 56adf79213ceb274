/** Shared record vocabulary; mirrors ../shared/spec/indicators.md field for field. */

export const CORE_INDICATORS = [
  'urban_new_jobs',
  'registered_unemployment_rate',
  'surveyed_unemployment_rate',
  'rural_labor_transfer',
  'hard_to_employ_employment',
  'unemployed_reemployment',
  'vocational_training',
  'startup_loans',
  'public_welfare_jobs',
  'pension_insured',
  'unemployment_insurance_insured',
  'work_injury_insurance_insured',
  'social_security_cards',
  'mediation_success_rate',
  'arbitration_closure_rate',
  'minimum_wage',
  'pension_increase',
] as const;

export type CoreIndicatorId = (typeof CORE_INDICATORS)[number];
/** `other` for uncatalogued labour figures; `custom:<slug>` for user-defined indicators. */
export type IndicatorId = CoreIndicatorId | 'other' | `custom:${string}`;

export type Comparator = '>=' | '<=' | '~' | '=' | 'range';
export type Kind = 'target' | 'actual' | 'progress';

export interface IndicatorRecord {
  indicator: IndicatorId;
  label: string;
  /** Base units (40万人 → 400000); null when masked. For `range`, the low end. */
  value: number | null;
  /** High end of a `range`, in the same base unit. */
  max?: number | null;
  unit: string;
  comparator: Comparator;
  kind: Kind;
  masked: boolean;
  region: string | null;
  period: string | null;
  text: string;
  /** Offsets into the text given to `extract` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

export interface PageInfo {
  title?: string;
  url?: string;
  /** When the page was published, as written (2021-10-18, 2021年10月18日, an HTTP date): the page's "now". */
  date?: string;
}

export interface ExtractResult {
  relevant: boolean;
  region: string | null;
  period: string | null;
  records: IndicatorRecord[];
  /**
   * Set by the extension's background when a page's text was longer than it reads for one page: the records are of
   * its first `read` characters of `total`.
   */
  partial?: { read: number; total: number };
}

/** A user-defined indicator (settings page): extracted like a built-in one with id `custom:<slug>`. */
export interface CustomIndicator {
  slug: string;
  name: string;
  phrases: string[];
  /** Base unit the figure is expected in, e.g. 人, 元, %. */
  unit: string;
}

export interface ExtractorOptions {
  /** Use jieba segmentation where it helps (default true). */
  segmentation?: boolean;
  customIndicators?: CustomIndicator[];
  /**
   * Where the jieba WebAssembly binary is, in a browser (e.g. browser.runtime.getURL('/jieba_rs_wasm_bg.wasm')).
   * Node finds it by itself.
   */
  wasmUrl?: string;
}

/** How a sliced extraction runs (src/extract/sliced.ts). */
export interface SliceOptions {
  /** Aborting stops the run at its next pause; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Work between two turns of the event loop, in milliseconds. */
  sliceMs?: number;
  /** How a slice gives the event loop its turn (tests pass their own). */
  pause?: () => Promise<void>;
}

export interface Extractor {
  extract(text: string, page?: PageInfo): ExtractResult;
  /**
   * The same records, read in slices of a few milliseconds with a turn of the event loop between them, so the caller
   * stays responsive; `signal` drops the run at its next pause (the promise rejects).
   */
  extractSliced(text: string, page?: PageInfo, options?: SliceOptions): Promise<ExtractResult>;
  /**
   * Resolves true once jieba is loaded and used, false when segmentation is off or could not load. The extractor
   * works before that: core records never depend on segmentation; `other` labels are trimmed by word lists until
   * it is ready, by parts of speech after.
   */
  readonly segmentationReady: Promise<boolean>;
}
