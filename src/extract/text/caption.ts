/**
 * A chart's or a table's caption (图1 2018-2022年地区生产总值及其增长速度, 表四 2022年长兴居民人均收支主要指标): it names
 * the years and the area its chart shows, not the part of the text it stands in nor the page's year. A bulletin copied
 * without its images keeps the caption alone, unnumbered, on its line (2012-2021年常住人口数及城镇化率,
 * 2017-2021年全县地区生产总值构成): a year, a measure and nothing else — told from a part's heading (2021年工作回顾) by
 * the measure its name ends in.
 */
export const CAPTION = new RegExp(
  '^\\s*(?:[图表圖][\\s　]*[0-9０-９一二三四五六七八九十]+[\\s　：:、.．]' +
    '|(?:19|20)\\d\\d(?:\\s*[-—–~～至]\\s*(?:19|20)\\d\\d)?\\s*年(?:末|底)?[^，。；：:,;！？\\d工任目回计]{1,24}' +
    '(?:及其?增长(?:速度|率)|增速|构成|比重|结构|城镇化率|人口数|总值|总额|人数|数量|产量|收支|支出|收入|变化)\\s*$)',
);
