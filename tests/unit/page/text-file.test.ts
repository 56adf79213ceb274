import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentError, plainTextTitle, readDocument } from '../../../src/page/text-file';

const dir = mkdtempSync(join(tmpdir(), 'lens-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readDocument', () => {
  it('reads plain text whole, BOM stripped and CRLF as LF, with a headline title', async () => {
    const doc = await readDocument(file('plan.txt', '\ufeff2023年州人力资源和社会保障工作要点\r\n\r\n城镇新增就业1万人。\r\n'));
    expect(doc).toEqual({ title: '2023年州人力资源和社会保障工作要点', text: '2023年州人力资源和社会保障工作要点\n\n城镇新增就业1万人。\n' });
  });

  it('reads a .txt holding HTML as visible text', async () => {
    const doc = await readDocument(file('post.txt', '<p>城镇新增就业</p><p>40万人</p>'));
    expect(doc.text).toBe('城镇新增就业\n40万人');
  });

  it('takes the URL of a saved page from its canonical link', async () => {
    const page = '<html><head><link rel="canonical" href="https://www.example.gov.cn/a.html"></head><body><p>正文</p></body></html>';
    expect(await readDocument(file('saved.html', page))).toEqual({ text: '正文', url: 'https://www.example.gov.cn/a.html' });
  });

  it('decodes a GBK page that declares its charset', async () => {
    // "<meta charset=gbk><p>就业</p>" with 就业 in GBK (BE CD D2 B5)
    const bytes = Uint8Array.from([...Buffer.from('<meta charset="gbk"><p>'), 0xbe, 0xcd, 0xd2, 0xb5, ...Buffer.from('</p>')]);
    expect((await readDocument(file('gbk.html', bytes))).text).toBe('就业');
  });

  it('rejects binary, missing and directory paths with one printable line', async () => {
    const binary = file('x.pdf', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe]));
    await expect(readDocument(binary)).rejects.toThrow(new DocumentError(binary, 'not a text or HTML file (binary content or unknown encoding)'));
    await expect(readDocument(binary)).rejects.toThrow(`indicator-lens: ${binary}: not a text or HTML file`);
    await expect(readDocument(join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: no such file$/);
    await expect(readDocument(dir)).rejects.toThrow(/: is a directory$/);
  });
});

describe('plainTextTitle', () => {
  it('takes a short first line that does not end a sentence', () => {
    expect(plainTextTitle('\n\n聚力同心 真抓实干\n正文')).toBe('聚力同心 真抓实干');
    expect(plainTextTitle('这五年，我们深入践行以人民为中心的发展思想。\n')).toBeUndefined();
    expect(plainTextTitle('下载\n打印\n2026年河南省政府工作报告')).toBeUndefined();
  });
  it('reads an issuing body\'s line and the document\'s title below it as one title; a body over its text stays alone', () => {
    expect(plainTextTitle('XX市人力资源和社会保障局\n2023年工作总结和2024年工作计划\n一、2023年工作完成情况')).toBe('XX市人力资源和社会保障局2023年工作总结和2024年工作计划');
    expect(plainTextTitle('XX市人力资源和社会保障局\n今年以来，全市城镇新增就业2.3万人。')).toBe('XX市人力资源和社会保障局');
  });
  it('passes over a reporter\'s byline, whose city is where the story was filed from', () => {
    expect(plainTextTitle('大众网记者 谢玮 济南报道\n章丘区新增城镇就业7025人\n正文')).toBe('章丘区新增城镇就业7025人');
    expect(plainTextTitle('大众网记者 谢玮 济南报道\n17日上午，济南市章丘区第十八届人民代表大会第三次会议正式开幕。')).toBeUndefined();
    expect(plainTextTitle('我县举办记者见面会\n正文')).toBe('我县举办记者见面会');
  });
  it('passes over a site\'s breadcrumb to the headline under it', () => {
    expect(plainTextTitle('您当前的位置 : 中国宁波网  >  新闻中心  >  特别推荐\n截至三季度我国城镇登记失业率为4.0%\n稿源')).toBe('截至三季度我国城镇登记失业率为4.0%');
    expect(plainTextTitle('宁波就业新闻\n正文')).toBe('宁波就业新闻');
    expect(plainTextTitle('地方网 > 广西 > 南宁市 > 今日南宁 > 正文\n\n2020年全区城镇新增就业26.52万人\n正文')).toBe('2020年全区城镇新增就业26.52万人');
    // (…one whose last section is left blank after its separator.)
    expect(plainTextTitle('中國網絡電視臺 > 新聞臺 > 中國圖文 >\n\n人社部:一季度新增就業303萬人 失業率為4.1%\n正文')).toBe('人社部:一季度新增就業303萬人 失業率為4.1%');
    // …but a headline comparing two figures is no breadcrumb.
    expect(plainTextTitle('城镇新增就业>40万人\n正文')).toBe('城镇新增就业>40万人');
    // A site's name alone on the first line is the site's, and so is its place.
    expect(plainTextTitle('深圳热线\n\n开门稳!重庆一季度实现新增就业19.46万人\n正文')).toBe('开门稳!重庆一季度实现新增就业19.46万人');
    expect(plainTextTitle('中国劳动保障新闻网\n重庆一季度新增就业\n正文')).toBe('重庆一季度新增就业');
    // A traditional page's header of the day reads as the simplified one does: its place is the site's.
    expect(plainTextTitle('蘇州 ? 吳中歡迎您! 用戶登錄 網站無障礙 適老版\n吳中民生實事項目最新進展\n2024年，吳中區共安排19個民生實事項目，職業技能培訓0.48萬人次。')).toBe('吳中民生實事項目最新進展');
  });
  it('passes over a line of spam injected above the breadcrumb', () => {
    const page = '人人玩人人添人人澡东莞,中文有码无码人妻在线,国产精品一区二区AV\n\n首頁 > 政務公開 > 政策解讀\n\n廣東省12月1日起調整提高最低工資標準\n正文';
    expect(plainTextTitle(page)).toBe('廣東省12月1日起調整提高最低工資標準');
    // (Without a breadcrumb below it, a first line is still the title.)
    expect(plainTextTitle('广东省调整最低工资标准\n\n首页 新闻\n正文')).toBe('广东省调整最低工资标准');
  });
  it('takes no news dateline for a headline', () => {
    expect(plainTextTitle('红网时间永州3月28日讯(通讯员胡昶爱\n谭成)“没想到…')).toBeUndefined();
    expect(plainTextTitle('道县一季度新增城镇就业岗位1826个\n正文')).toBe('道县一季度新增城镇就业岗位1826个');
  });
});
