/** A word and its jieba part-of-speech tag: n noun, v verb, t time, m numeral, ns place, x punctuation … */
export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
}
