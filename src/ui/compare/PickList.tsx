/** A drop-down list of checkboxes (columns, indicators) with all/none. */
import { useState } from 'preact/hooks';
import { t } from '../i18n';

export interface PickItem {
  id: string;
  label: string;
  title?: string;
}

interface Props {
  summary: string;
  items: readonly PickItem[];
  hidden: ReadonlySet<string>;
  onChange(hidden: Set<string>): void;
  testId: string;
}

export function PickList({ summary, items, hidden, onChange, testId }: Props) {
  // Hundreds of checkboxes cost time on every popup open; they exist only while the list is open.
  const [open, setOpen] = useState(false);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(hidden);
    if (on) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <details class="il-pick" data-testid={testId} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && (
        <div class="il-pick-list" role="group" aria-label={summary}>
          <div class="il-pick-actions">
            <button type="button" onClick={() => onChange(new Set())}>
              {t('compare_all')}
            </button>
            <button type="button" onClick={() => onChange(new Set(items.map((i) => i.id)))}>
              {t('compare_none')}
            </button>
          </div>
          {items.map((item) => (
            <label key={item.id} title={item.title}>
              <input
                type="checkbox"
                checked={!hidden.has(item.id)}
                onChange={(e) => toggle(item.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              {item.label}
            </label>
          ))}
        </div>
      )}
    </details>
  );
}
