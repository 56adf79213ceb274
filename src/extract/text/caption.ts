/**
 * A chart's or a table's caption (图1 2018-2022年地区生产总值及其增长速度, 表四 2022年长兴居民人均收支主要指标): it names
 * the years and the area its chart shows, not the part of the text it stands in nor the page's year.
 */
export const CAPTION = /^\s*[图表圖][\s　]*[0-9０-９一二三四五六七八九十]+[\s　：:、.．]/;
