/** Saves text as a file from an extension page: a Blob and an <a download>, nothing leaves the machine. */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy once click() returns; a short delay covers slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** e.g. indicator-lens-2024-01-02T0304.csv */
export function exportFilename(ext: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(/:/g, '');
  return `indicator-lens-${stamp}.${ext}`;
}
