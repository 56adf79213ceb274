/**
 * Readability's article on a clone of the page, as the page's own Text nodes.
 *
 * Readability rewrites the document it reads; its Text nodes stay those of the clone, which the caller maps back to
 * the page. One try only (`charThreshold: 1`): below its default 500 characters — most Chinese news items —
 * Readability would try again with looser rules on a body restored from HTML, whose Text nodes map back to nothing,
 * and keep the longest try, often the short article with a sidebar. The caller checks the one strict try instead.
 * Should the try come out empty, Readability still restores and tries again: its article then maps to nothing and
 * the caller reads the whole page.
 */
import { Readability } from '@mozilla/readability';
import { forEachText } from './dom-order';

export interface ArticleTexts {
  title: string;
  /** The page's Text nodes of the article, in no particular order. */
  texts: Set<Text>;
}

/**
 * Runs Readability on `clone`, a deep clone of the page's document whose Text nodes `toPage` maps to the page's.
 * Null when Readability finds no article; throws when Readability does (over `maxElements` elements).
 */
export function readabilityArticle(clone: Document, toPage: Map<Text, Text>, maxElements: number): ArticleTexts | null {
  const article = new Readability<Element>(clone, {
    serializer: (el) => el as Element,
    maxElemsToParse: maxElements,
    charThreshold: 1,
  }).parse();
  const content = article?.content;
  if (!content) return null;
  const texts = new Set<Text>();
  forEachText(content, (text) => {
    const page = toPage.get(text);
    if (page) texts.add(page);
  });
  return { title: article.title ?? '', texts };
}
