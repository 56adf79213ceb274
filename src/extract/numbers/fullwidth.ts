// Full-width forms map 1:1 to ASCII, so offsets never shift: we read them in place instead of normalising the text.

/** Value of an ASCII or full-width digit code unit (0-9, ０-９), or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** '.' or '．' */
export function isDecimalPoint(code: number): boolean {
  return code === 0x2e || code === 0xff0e;
}

/** ASCII letters and '_': a digit touching one is part of a word, code or URL. */
export function isAsciiWordChar(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

export function isAsciiAlnum(code: number): boolean {
  return isAsciiWordChar(code) || (code >= 0x30 && code <= 0x39);
}

/** Renders ASCII digits, '.', '%' and ',' in their full-width forms (the other direction of `digitValue`). */
export function toFullWidth(ascii: string): string {
  let out = '';
  for (let i = 0; i < ascii.length; i++) {
    const c = ascii.charCodeAt(i);
    out += c >= 0x21 && c <= 0x7e ? String.fromCharCode(c + 0xfee0) : ascii[i];
  }
  return out;
}
