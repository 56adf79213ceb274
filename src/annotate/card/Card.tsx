import { useState } from 'preact/hooks';
import type { IndicatorRecord } from '../../extract/types';
import { citationMarkdown, citationText } from '../../export/citation';
import { citationLabels } from '../../ui/citation-words';
import { copyText } from '../../ui/clipboard';
import { cardCitation, cardModel } from '../card-model';
import { WORDS } from '../words';

export type ClipState = 'idle' | 'busy' | 'added' | 'duplicate' | 'failed';

export interface CardProps {
  record: IndicatorRecord;
  page: { region: string | null; period: string | null };
  sentence: string;
  clip: ClipState;
  /** The click that asked for the clip: the annotator stores only what a person asked for (event.isTrusted). */
  onClip(event: Event): void;
  onClose(): void;
  /** Viewport position of the card's top-left corner. */
  position: { left: number; top: number };
}

const CLIP_LABELS: Record<ClipState, string> = {
  idle: WORDS.clip,
  busy: WORDS.clipping,
  added: WORDS.clipped,
  duplicate: WORDS.clipDuplicate,
  failed: WORDS.clipFailed,
};

/** Copies the figure with its source; a page that is no secure context gets the copy through the card's own root. */
async function copyCitation(e: Event, record: IndicatorRecord, page: CardProps['page'], sentence: string, format: 'text' | 'markdown') {
  const c = cardCitation(record, page, sentence, { title: document.title, url: location.href, readAt: Date.now() });
  const text = format === 'text' ? citationText(c, citationLabels()) : citationMarkdown(c, citationLabels());
  const root = (e.currentTarget as Element).getRootNode() as Document | ShadowRoot;
  return copyText(text, { root, document });
}

export function Card({ record, page, sentence, clip, onClip, onClose, position }: CardProps) {
  const m = cardModel(record, page, sentence);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const copy = (format: 'text' | 'markdown') => (e: Event) =>
    void copyCitation(e, record, page, sentence, format).then((ok) => setCopied(ok ? 'ok' : 'failed'));
  return (
    <div
      class="card"
      role="dialog"
      aria-label={m.name}
      data-part="card"
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div class="head">
        <span class="name" data-part="name">{m.name}</span>
        <span class={`kind kind-${m.kindKey}`} data-part="kind">{m.kind}</span>
        <button type="button" class="close" aria-label={WORDS.close} onClick={onClose}>×</button>
      </div>
      <div class="value">
        <span class="readable" data-part="readable">{m.readable}</span>
        {m.exact && <span class="exact" data-part="exact">{m.exact}</span>}
      </div>
      <dl class="meta">
        <dt>{WORDS.region}</dt>
        <dd>
          <span data-part="region">{m.region}</span> {m.scope && <span class="tag" data-part="scope">{m.scope}</span>}
        </dd>
        <dt>{WORDS.period}</dt>
        <dd>
          <span data-part="period">{m.period}</span> <span class="tag" data-part="period-type">{m.periodType}</span>
        </dd>
      </dl>
      <blockquote class="sentence" data-part="sentence">{sentence}</blockquote>
      <button type="button" class="clip" data-part="clip" disabled={clip === 'busy' || clip === 'added'} onClick={(e) => onClip(e)}>
        {CLIP_LABELS[clip]}
      </button>
      <button type="button" class="copy" data-part="copy" onClick={copy('text')}>{WORDS.copy}</button>
      <button type="button" class="copy" data-part="copy-md" onClick={copy('markdown')}>{WORDS.copyMarkdown}</button>
      {copied && <span class="copied" data-part="copied" role="status">{copied === 'ok' ? WORDS.copied : WORDS.copyFailed}</span>}
    </div>
  );
}
