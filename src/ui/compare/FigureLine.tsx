/** One figure of a comparison cell: its value (opens the passage), its period type, copy with source, and last ☆ to clip it. */
import type { CellLine } from '../../compare/cell-text';
import type { Figure } from '../../compare/types';
import { t } from '../i18n';
import { periodTypeName } from './compare-words';

export interface FigureLineActions {
  onOpen(figure: Figure): void;
  onClip(figures: Figure[]): void;
  /** Whether the figure is in the library (★) or not (☆). */
  isClipped?(figure: Figure): boolean;
  onUnclip?(figures: Figure[]): void;
  /** Copies the figure with its source, as text or as Markdown. */
  onCopy?(figure: Figure, format: 'text' | 'markdown'): void;
}

/** The words every line shares, read once per render of the table rather than once per line. */
export function figureLineContext(actions: FigureLineActions) {
  // One "来源：…" per page, not per cell.
  const sourceLine = new Map<string, string>();
  return {
    ...actions,
    openHint: t('compare_open_hint'),
    clipLabel: t('compare_clip_figure'),
    unclipLabel: t('compare_unclip_figure'),
    fromLibrary: t('compare_from_library'),
    copyLabel: t('cite_copy'),
    copyMdLabel: t('cite_copy_md'),
    sourceOf(f: Figure): string {
      let line = sourceLine.get(f.source.url);
      if (line === undefined) sourceLine.set(f.source.url, (line = t('compare_source', [f.source.title || f.source.url])));
      return line;
    },
  };
}

export type FigureLineContext = ReturnType<typeof figureLineContext>;

/** ☆ clips the figure; ★ says it is in the library, and a click takes it out again. */
function ClipButton(p: { clipped: boolean; label: string; unclipLabel: string; onClip(): void; onUnclip(): void }) {
  // One name for both states, as for any toggle: aria-pressed says which; the tooltip says what a click does.
  return (
    <button
      type="button"
      class={p.clipped ? 'il-clip il-clipped' : 'il-clip'}
      title={p.clipped ? p.unclipLabel : p.label}
      aria-label={p.label}
      aria-pressed={p.clipped}
      onClick={p.clipped ? p.onUnclip : p.onClip}
    >
      {p.clipped ? '★' : '☆'}
    </button>
  );
}

export function FigureLine({ line, ctx }: { line: CellLine; ctx: FigureLineContext }) {
  const f = line.figure;
  return (
    <div class={`il-fig il-kind-${f.kind}`}>
      <button type="button" class="il-open" title={`${line.exact}\n${ctx.sourceOf(f)}\n${ctx.openHint}`} onClick={() => ctx.onOpen(f)}>
        {line.text}
        {f.origin === 'library' && <span class="il-from-lib">{ctx.fromLibrary}</span>}
      </button>
      <span class="il-ptype" data-period-type={f.periodType}>{periodTypeName(f.periodType)}</span>
      {ctx.onCopy && (
        <>
          <button type="button" class="il-copy" data-copy="text" title={ctx.copyLabel} aria-label={`${ctx.copyLabel} ${line.text}`}
            onClick={() => ctx.onCopy!(f, 'text')}>⧉</button>
          <button type="button" class="il-copy" data-copy="markdown" title={ctx.copyMdLabel} aria-label={`${ctx.copyMdLabel} ${line.text}`}
            onClick={() => ctx.onCopy!(f, 'markdown')}>M↓</button>
        </>
      )}
      <ClipButton
        clipped={ctx.isClipped?.(f) ?? false}
        label={`${ctx.clipLabel} ${line.text}`}
        unclipLabel={`${ctx.unclipLabel} ${line.text}`}
        onClip={() => ctx.onClip(line.progress?.stated ? [f, line.progress.stated] : [f])}
        onUnclip={() => ctx.onUnclip?.([f])}
      />
    </div>
  );
}
