/** A library entry's note field, saved as it is typed. */
import { useEffect, useRef } from 'preact/hooks';
import type { LibraryItem } from '../../store/library-types';
import { t } from '../i18n';

/** Typing pauses this long before the note is saved. */
export const NOTE_SAVE_DELAY_MS = 500;

/**
 * Uncontrolled on purpose, so typing never waits for a re-render. The note is saved as it is typed (after a short
 * pause, quietly: the list is not reloaded under the cursor), and at once on blur, Enter, or when the page goes away —
 * a note typed and then the tab closed is kept.
 */
export function NoteField({ entry, onSave }: { entry: LibraryItem; onSave(note: string, quiet: boolean): void }) {
  const saved = useRef(entry.note);
  const pending = useRef<{ value: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const flush = (quiet: boolean) => {
    const p = pending.current;
    if (p) clearTimeout(p.timer);
    pending.current = null;
    // (On blur or Enter, a note saved quietly while typed is saved once more, so the list shows it.)
    if (p && (p.value !== saved.current || (!quiet && p.value !== entry.note))) {
      saved.current = p.value;
      onSave(p.value, quiet);
    }
  };
  useEffect(() => {
    const away = () => flush(true);
    addEventListener('pagehide', away);
    return () => {
      removeEventListener('pagehide', away);
      away();
    };
  }, []);
  const typed = (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { value, timer: setTimeout(() => flush(true), NOTE_SAVE_DELAY_MS) };
  };
  const done = (e: Event) => {
    typed(e);
    flush(false);
  };
  return (
    <input
      key={entry.note}
      class="il-note"
      aria-label={t('library_note')}
      placeholder={t('library_note')}
      defaultValue={entry.note}
      onInput={typed}
      onBlur={done}
      onKeyDown={(e) => e.key === 'Enter' && done(e)}
    />
  );
}
