import { describe, expect, it } from 'vitest';
import { scan, spans, type Seen } from './scan-helpers';

interface Form {
  name: string;
  /** Text → the one quantity it must yield (fields not listed are not checked). */
  hits: [string, Partial<Seen>][];
  /** The no-match twin: text that looks alike → the spans it must yield (usually none). */
  misses: [string, string[]][];
}

const FORMS: Form[] = [
  {
    name: 'digits written with Chinese powers in two parts',
    hits: [
      ['新增就业3万2千人', { text: '3万2千人', value: 32000, unit: '人' }],
      ['培训1千零20人', { text: '1千零20人', value: 1020, unit: '人' }],
      ['发放贷款1亿2千万元', { text: '1亿2千万元', value: 120000000, unit: '元' }],
    ],
    misses: [
      // Two figures, not one: a separator between, or a larger second part.
      ['3万，2千人', ['3万', '2千人']],
      ['3千2万人', ['3千', '2万人']],
    ],
  },
  {
    name: 'a bare power after a word of more or about, or before 余/多',
    hits: [
      ['城镇新增就业逾万人', { text: '万人', value: 10000, unit: '人' }],
      ['城镇新增就业万余人', { text: '万余人', value: 10000, unit: '人', comparator: '>=' }],
      ['培训农民工近千人次', { text: '千人次', value: 1000, unit: '人次' }],
      ['培训农民工百余人次', { text: '百余人次', value: 100, unit: '人次', comparator: '>=' }],
    ],
    misses: [
      // Words, not figures: a programme, a project, "tens of thousands".
      ['实施万人计划', []],
      ['开展千万工程', []],
      ['上万人参加招聘会', []],
      ['数百余人参加', []],
      ['几千名群众', []],
      // The unit the power needs is the start of a word: no unit, so no figure.
      ['千余人社干部', []],
      ['逾万人民群众', []],
    ],
  },
  {
    name: 'a rate\'s bound with its % sign dropped',
    hits: [
      ['城镇登记失业率4.5以内', { text: '4.5以内', value: 4.5, unit: '%', comparator: '<=' }],
      ['城镇调查失业率控制在5.5左右', { text: '5.5左右', value: 5.5, unit: '%', comparator: '~' }],
    ],
    misses: [
      // Not after a rate's word, or with no bound: a bare number is a year, a date or an ordinal.
      ['排名4以内', []],
      ['城镇登记失业率4.5，', []],
      ['2020年以来', []],
    ],
  },
  {
    name: 'one space between a number and its unit or multiplier',
    hits: [
      ['城镇新增就业40 万人以上', { text: '40 万人以上', value: 400000, unit: '人', comparator: '>=' }],
      ['失业率4.5 %以内', { text: '4.5 %以内', value: 4.5, unit: '%', comparator: '<=' }],
      ['培训580\u00a0人次', { text: '580\u00a0人次', value: 580, unit: '人次' }],
      ['培训农民工60 余人', { text: '60 余人', value: 60, unit: '人', comparator: '>=' }],
      ['转移就业3 多万人', { text: '3 多万人', value: 30000, unit: '人', comparator: '>=' }],
    ],
    misses: [
      ['2022 年', []],
      ['共60 余，', []],
      ['2022 余额', []],
      ['热线12333 人社', []],
      ['共40  万人', []],
    ],
  },
  {
    name: 'ASCII and full-width digits, decimals',
    hits: [
      ['城镇新增就业1271人', { text: '1271人', value: 1271, unit: '人', rawUnit: '人', comparator: null }],
      ['１１１３万人', { text: '１１１３万人', value: 11130000, unit: '人', rawUnit: '万人' }],
      ['失业率４．６％', { text: '４．６％', value: 4.6, unit: '%', rawUnit: '％', percent: true }],
      ['办件率达89.94％', { text: '89.94％', value: 89.94, unit: '%', percent: true }],
      ['参加失业保险人数8021人。', { text: '8021人', value: 8021 }],
    ],
    misses: [
      ['12333热线', []],
      ['1+6+N', []],
      ['４．６', []],
      ['abc123人', []],
      ['版本1.2.3人', []],
      ['www.mohrss.gov.cn/2023人', []],
      ['14px', []],
    ],
  },
  {
    name: 'thousands separators',
    hits: [
      ['共1,234,567人', { text: '1,234,567人', value: 1234567, unit: '人' }],
      ['投入12,000.5万元', { text: '12,000.5万元', value: 120005000, unit: '元' }],
    ],
    misses: [
      // '，' lists items; ',' before fewer or more than three digits is not grouping.
      ['分别为1，234人', ['234人']],
      ['1,23人', ['23人']],
      ['1,2345人', ['2345人']],
      ['12345,678人', ['678人']],
    ],
  },
  {
    name: 'multipliers',
    hits: [
      ['3千万元', { text: '3千万元', value: 30_000_000, unit: '元', rawUnit: '千万元' }],
      ['1.2万亿元', { text: '1.2万亿元', value: 1.2e12, unit: '元', rawUnit: '万亿元' }],
      ['4.8万人次', { text: '4.8万人次', value: 48000, unit: '人次', rawUnit: '万人次' }],
      ['0.41万人', { value: 4100, unit: '人', rawUnit: '万人' }],
      ['15.35亿元', { value: 1535000000, unit: '元', rawUnit: '亿元' }],
      ['6568万元', { value: 65680000, unit: '元' }],
      ['40.97万个', { value: 409700, unit: '个', rawUnit: '万个' }],
      ['2万张', { value: 20000, unit: '张', rawUnit: '万张' }],
      ['276.4万户', { value: 2764000, unit: '户', rawUnit: '万户' }],
      ['5百万人', { value: 5_000_000, unit: '人' }],
      ['3千人', { value: 3000, unit: '人', rawUnit: '千人' }],
      ['505万下岗失业人员', { text: '505万', value: 5050000, unit: '', rawUnit: '万' }],
      ['100万新就业群体', { text: '100万', value: 1_000_000, unit: '' }],
    ],
    misses: [
      ['千万工程', []],
      ['万人计划', []],
      ['百万', []],
      // A unit beginning with a multiplier character is a unit, not a multiplier.
      ['5千克', ['5千克']],
    ],
  },
  {
    name: 'Chinese numerals',
    hits: [
      ['一千一百七十九万', { text: '一千一百七十九万', value: 11790000, unit: '', rawUnit: '万' }],
      ['十二万人', { text: '十二万人', value: 120000, unit: '人', rawUnit: '万人' }],
      ['三百人', { text: '三百人', value: 300, unit: '人' }],
      ['两万', { text: '两万', value: 20000, unit: '' }],
      ['一百零五人', { value: 105, unit: '人' }],
      ['两万五千人', { value: 25000, unit: '人' }],
      ['一亿二千万', { value: 120_000_000, unit: '' }],
      ['一万五', { value: 15000 }],
      ['一点五万人', { value: 15000, unit: '人' }],
      ['零点五个百分点', { value: 0.5, unit: '百分点', percent: false }],
      ['十项措施', { text: '十项', value: 10, unit: '项' }],
      ['〇点五万元', { value: 5000, unit: '元' }],
    ],
    misses: [
      ['一个', []],
      ['两人', []],
      ['三项', []],
      ['一是', []],
      ['统一', []],
      ['一件事', []],
      ['一户一人', []],
      ['二〇二二年', []],
      ['“十四五”期间', []],
      ['十四五期间', []],
      ['二十届四中全会', []],
      ['十二届十次全会', []],
      ['第一届', []],
      ['万一', []],
      ['十分重要', []],
      ['百姓', []],
      ['三四万人', []],
      ['数十万人', []],
      ['几百人', []],
    ],
  },
  {
    name: '百分之',
    hits: [
      ['百分之五点五', { text: '百分之五点五', value: 5.5, unit: '%', rawUnit: '百分之', percent: true }],
      ['百分之十', { value: 10, unit: '%', percent: true }],
      ['百分之百', { value: 100, unit: '%' }],
      ['百分之一百', { value: 100, unit: '%' }],
      ['百分之一', { value: 1, unit: '%' }],
      ['百分之5以上', { text: '百分之5以上', value: 5, comparator: '>=' }],
    ],
    misses: [
      ['百分之', []],
      ['百分之几', []],
      ['三个百分点', []],
    ],
  },
  {
    name: '余/多',
    hits: [
      ['15000余份', { text: '15000余份', value: 15000, unit: '份', comparator: '>=' }],
      ['300余万元', { text: '300余万元', value: 3_000_000, unit: '元', rawUnit: '万元', comparator: '>=' }],
      ['5000多人', { text: '5000多人', value: 5000, unit: '人', comparator: '>=' }],
      ['9亿多', { text: '9亿多', value: 900_000_000, unit: '', comparator: '>=' }],
      ['三百余万元', { value: 3_000_000, unit: '元', comparator: '>=' }],
      ['十多万人', { value: 100000, unit: '人', comparator: '>=' }],
      ['200余人次', { value: 200, unit: '人次', comparator: '>=' }],
      ['1千多万元', { text: '1千多万元', value: 10_000_000, unit: '元', rawUnit: '千万元', comparator: '>=' }],
    ],
    misses: [
      ['30多年', []],
      ['三十余年', []],
      ['100余', []],
    ],
  },
  {
    name: 'suffix comparators',
    hits: [
      ['40万人以上', { text: '40万人以上', value: 400000, comparator: '>=', suffix: '以上' }],
      ['4.5%以内', { text: '4.5%以内', comparator: '<=' }],
      ['10%以下', { comparator: '<=' }],
      ['5%之内', { comparator: '<=' }],
      ['3%范围以内', { text: '3%范围以内', comparator: '<=' }],
      ['2.56%内', { text: '2.56%内', comparator: '<=' }],
      ['5.5%左右', { text: '5.5%左右', comparator: '~' }],
      ['5%上下', { comparator: '~' }],
      ['好评率达到 96%以上', { text: '96%以上', value: 96, comparator: '>=' }],
      ['好评率达到96% 以上', { text: '96% 以上', comparator: '>=' }],
    ],
    misses: [
      ['得分90以上', []],
      ['2022年以来', []],
      ['96%  以上', ['96%']],
    ],
  },
  {
    name: 'ranges',
    hits: [
      ['4万至5万人', { text: '4万至5万人', value: 40000, max: 50000, unit: '人', comparator: 'range' }],
      ['4至5万人', { text: '4至5万人', value: 40000, max: 50000, unit: '人', comparator: 'range' }],
      ['5%—6%', { value: 5, max: 6, unit: '%', percent: true, comparator: 'range' }],
      ['5%-6%', { value: 5, max: 6, comparator: 'range' }],
      ['5-6%', { text: '5-6%', value: 5, max: 6, unit: '%', comparator: 'range' }],
      ['4万～5万', { value: 40000, max: 50000, unit: '', comparator: 'range' }],
      ['4万到5万', { value: 40000, max: 50000, comparator: 'range' }],
      ['5.5%—6%', { value: 5.5, max: 6, comparator: 'range' }],
      ['三至五万人', { value: 30000, max: 50000, unit: '人', comparator: 'range' }],
      ['2000-3000元', { value: 2000, max: 3000, unit: '元', comparator: 'range' }],
      ['2000-2500元', { value: 2000, max: 2500, unit: '元', comparator: 'range' }],
      ['1-2个百分点', { value: 1, max: 2, unit: '百分点', comparator: 'range' }],
      ['10％～20％', { value: 10, max: 20, unit: '%', comparator: 'range' }],
      ['3.5万—4万人', { value: 35000, max: 40000, unit: '人', comparator: 'range' }],
    ],
    misses: [
      ['2021-2025', []],
      ['2026—2030年', []],
      ['2026-02-15人', []],
      ['0571-8888人', []],
      ['1-5月', []],
      ['第1-3名', []],
      ['5%-6', ['5%']],
      ['5万人至2023年', ['5万人']],
      ['一至三个', []],
    ],
  },
  {
    name: 'masked figures',
    hits: [
      ['****人', { text: '****人', value: null, masked: true, unit: '人' }],
      ['**%', { value: null, masked: true, unit: '%', percent: true }],
      ['***亿元', { value: null, masked: true, unit: '元', rawUnit: '亿元' }],
      ['***万张', { value: null, masked: true, unit: '张', rawUnit: '万张' }],
      ['XX人', { value: null, masked: true, unit: '人' }],
      ['××人', { value: null, masked: true, unit: '人' }],
      ['**.*%', { text: '**.*%', value: null, masked: true, unit: '%' }],
      ['＊＊名', { masked: true, unit: '人', rawUnit: '名' }],
      ['控制在**%以内', { text: '**%以内', masked: true, comparator: '<=' }],
      // A lone x where a number stands, between Chinese words and a unit.
      ['就业x万人', { text: 'x万人', value: null, masked: true, unit: '人' }],
      ['目标任务的x%', { text: 'x%', value: null, masked: true, unit: '%' }],
    ],
    misses: [
      ['XX县', []],
      ['**同志', []],
      ['*省', []],
      ['组长***', []],
      ['*人社手机APP', []],
      ['X人', []],
      ['做x射线检查', []],
      ['就业x光片', []],
      ['maxx人', []],
      ['XXL码', []],
      ['20XX年', []],
      ['《**条例》', []],
    ],
  },
  {
    name: 'units',
    hits: [
      ['15名', { value: 15, unit: '人', rawUnit: '名' }],
      ['0.5个百分点', { value: 0.5, unit: '百分点', rawUnit: '个百分点', percent: false }],
      ['月最低工资标准2200元/月', { text: '2200元', value: 2200, unit: '元' }],
      ['37起', { unit: '起' }],
      ['1956.7平方米', { unit: '平方米', value: 1956.7 }],
      ['1356公里', { unit: '公里' }],
      ['26场', { unit: '场' }],
      // 成 is tenths: a percentage (Recognizers-Text's Chinese percentage spec), in digits or a numeral.
      ['近6成', { text: '6成', value: 60, unit: '%' }],
      ['完成全年就业目标近七成', { text: '七成', value: 70, unit: '%' }],
      ['完成全年目标的七成七', { text: '七成七', value: 77, unit: '%' }],
      ['八成五以上', { text: '八成五以上', value: 85, unit: '%' }],
      // (A full stop typed for the decimal point, between digits and before a unit: 71。95万人.)
      ['城镇新增就业71。95万人', { text: '71。95万人', value: 719500, unit: '人' }],
      // (PDF text: a space inside 以下.)
      ['调查失业率在5.3%以 下', { text: '5.3%以 下', value: 5.3, unit: '%', comparator: '<=' }],
      ['119笔', { unit: '笔' }],
      // (Person-times with their 次 in brackets: 2400多人(次).)
      ['培训职工2400多人(次)', { text: '2400多人(次)', value: 2400, unit: '人次' }],
      ['培训职工2400人（次）', { text: '2400人（次）', value: 2400, unit: '人次' }],
      // Hours are counted as a quantity; the rules decide whether 24小时 is an indicator.
      ['24小时', { value: 24, unit: '小时' }],
    ],
    misses: [
      ['2022年', []],
      ['5月底', []],
      ['6月30日', []],
      ['第5名', []],
      ['第**名', []],
      ['13800138000', []],
      ['使5成为', []],
      ['一成不变', []],
      // A full stop between two numbers that ends a sentence, or before a date: no decimal point.
      ['增长2。3月份', []],
      ['共5万人。2019年', ['5万人']],
    ],
  },
];

describe('scanQuantities forms', () => {
  for (const form of FORMS) {
    describe(form.name, () => {
      it.each(form.hits)('%s', (text, expected) => {
        const found = scan(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject(expected);
      });
      it.each(form.misses)('not: %s', (text, expected) => {
        expect(spans(text)).toEqual(expected);
      });
    });
  }
});

describe('scanQuantities in running text', () => {
  it('finds every figure of a bulletin sentence with offsets into the original text', () => {
    const text = '全省城镇新增就业40万人以上，城镇登记失业率控制在4.5%以内，发放创业担保贷款15.35亿元，参保****人。';
    const found = scan(text);
    expect(found.map((q) => [q.text, q.value, q.unit, q.comparator])).toEqual([
      ['40万人以上', 400000, '人', '>='],
      ['4.5%以内', 4.5, '%', '<='],
      ['15.35亿元', 1535000000, '元', null],
      ['****人', null, '人', null],
    ]);
  });

  it('skips dates, ordinals and hotlines between figures', () => {
    const text = '2023年1-5月，第3季度拨打12333热线，6月30日前完成1957人，二是统一推进';
    expect(spans(text)).toEqual(['1957人']);
  });

  it('reads 4050人员 as the name of a group, not 4,050 people, and still counts 4050 people elsewhere', () => {
    expect(spans('其中4050人员2.5万人，“4050”人员再就业1.98万人，4050等就业困难人员再就业147万人')).toEqual(['2.5万人', '1.98万人', '147万人']);
    expect(spans('全年培训4050人，新增4050人次')).toEqual(['4050人', '4050人次']);
  });

  it('skips a figure that lost its leading digits (.54万人次), keeping decimals and numbered items', () => {
    expect(spans('转移就业.54万人次，另有0.54万人，1.新增3万人')).toEqual(['0.54万人', '3万人']);
  });

  it('omits a quantity without unit, multiplier or percent only, keeping later ones', () => {
    expect(spans('比例1:3，另有4家')).toEqual(['4家']);
  });
});
