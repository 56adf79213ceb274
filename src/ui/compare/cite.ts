/** A comparison figure as a citation: its words, kind, period, region, sentence, page and the day it was read. */
import { periodTypeOf } from '../../compare/period-scope';
import type { Figure } from '../../compare/types';
import type { Citation } from '../../export/citation';
import type { LibraryItem } from '../../store/library-types';
import { t } from '../i18n';
import { periodTypeName, scopeLabel } from '../period-words';
import { readAtOf, sentenceOf, specRecord } from './compare-inputs';
import { indicatorName } from './compare-words';

export function figureCitation(f: Figure, library: ReadonlyMap<string, LibraryItem>): Citation {
  const record = specRecord(f.record);
  const sentence = sentenceOf(f, library);
  const readAt = readAtOf(f, library);
  const c: Citation = {
    name: indicatorName(record),
    record,
    kind: t(`compare_kind_${record.kind}`),
    period: record.period,
    periodType: periodTypeName(periodTypeOf(record, sentence)),
    region: record.region,
    scope: scopeLabel(record.region),
    sentence,
    title: f.source.title,
    url: f.source.url,
  };
  if (readAt !== undefined) c.readAt = readAt;
  return c;
}
