import { useState } from 'preact/hooks';
import type { IndicatorRecord } from '../../extract/types';
import { cardModel } from '../card-model';
import { WORDS } from '../words';

export interface PanelProps {
  records: readonly IndicatorRecord[];
  page: { region: string | null; period: string | null };
  active: number;
  /** The page was longer than the extension reads: how much of it the figures come from. */
  partial?: { read: number; total: number };
  onChoose(index: number): void;
  onClose(): void;
}

export function Panel({ records, page, active, partial, onChoose, onClose }: PanelProps) {
  // Core and custom figures lead; `other` ones wait in a collapsed group, opened when the cursor steps into it.
  const indexed = records.map((r, i) => ({ r, i }));
  const main = indexed.filter(({ r }) => r.indicator !== 'other');
  const others = indexed.filter(({ r }) => r.indicator === 'other');
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const open = (expanded ?? main.length === 0) || records[active]?.indicator === 'other';
  const item = ({ r, i }: { r: IndicatorRecord; i: number }) => {
    const m = cardModel(r, page);
    return (
      <li key={`${r.start}:${r.end}`}>
        <button type="button" class={i === active ? 'item active' : 'item'} data-part="panel-item" onClick={() => onChoose(i)}>
          <span class={`kind kind-${m.kindKey}`}>{m.kind}</span>
          <span class="item-name">{m.name}</span>
          <span class="item-value">{m.readable}</span>
          <span class="tag" data-part="panel-period-type">{m.periodType}</span>
        </button>
      </li>
    );
  };
  return (
    <section class="panel" aria-label={WORDS.panelTitle} data-part="panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="head">
        <span class="name">
          {WORDS.panelTitle}（{records.length}）
        </span>
        <button type="button" class="close" aria-label={WORDS.close} onClick={onClose}>×</button>
      </div>
      {partial && (
        <p class="partial" data-part="partial">
          {WORDS.panelPartial(partial.read, partial.total)}
        </p>
      )}
      {records.length === 0 ? (
        <p class="empty">{WORDS.panelEmpty}</p>
      ) : (
        <>
          <ol class="list">{main.map(item)}</ol>
          {others.length > 0 && (
            <>
              <button type="button" class="group" data-part="panel-other-group" aria-expanded={open} onClick={() => setExpanded(!open)}>
                {open ? '▾' : '▸'} {WORDS.panelOtherGroup(others.length)}
              </button>
              {open && <ol class="list">{others.map(item)}</ol>}
            </>
          )}
        </>
      )}
      <p class="hint">{WORDS.panelHint}</p>
    </section>
  );
}
