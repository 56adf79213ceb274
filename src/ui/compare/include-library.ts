/** The "include library" choice is remembered per view (extension-origin localStorage). */
const INCLUDE_LIBRARY_KEY = 'il-include-library';

export type ViewVariant = 'popup' | 'page';

export function rememberedIncludeLibrary(variant: ViewVariant): boolean {
  const stored = globalThis.localStorage?.getItem(`${INCLUDE_LIBRARY_KEY}-${variant}`);
  return stored === null || stored === undefined ? variant === 'page' : stored === '1';
}

export function rememberIncludeLibrary(variant: ViewVariant, on: boolean): void {
  globalThis.localStorage?.setItem(`${INCLUDE_LIBRARY_KEY}-${variant}`, on ? '1' : '0');
}
