// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectVisibleText, collectVisibleTextChunked, isHiddenByComputedStyle, OWN_UI_ATTRIBUTE } from '../../../src/page/visible-text';
import { toDomEndPosition, toDomPosition, toRange, type TextMap } from '../../../src/page/text-map';

type Child = Node | string;

/** Builds DOM without HTML strings: h('p', {style: '…'}, 'text', h('b', {}, '40')). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

const textOf = (...children: Child[]) => collectVisibleText(h('div', {}, ...children)).text;

describe('collectVisibleText', () => {
  it('keeps inline markup inside one sentence', () => {
    expect(textOf(h('p', {}, '城镇新增就业', h('strong', {}, '40'), '万人以上'))).toBe('城镇新增就业40万人以上');
  });

  it('separates blocks and <br> lines so a label never runs into the next block', () => {
    expect(textOf(h('p', {}, '城镇新增就业'), h('p', {}, '40万人'))).toBe('城镇新增就业\n40万人');
    expect(textOf(h('div', {}, h('h2', {}, '任务一'), h('div', {}, h('div', {}, '正文'))))).toBe('任务一\n正文');
    expect(textOf('第一行', h('br'), '第二行', h('br'), h('br'), '第四行')).toBe('第一行\n第二行\n\n第四行');
    expect(textOf(h('ul', {}, h('li', {}, '甲'), h('li', {}, '乙')))).toBe('甲\n乙');
  });

  it('puts table cells on one line separated by tabs, rows on new lines', () => {
    const table = h(
      'table', {},
      h('tbody', {},
        h('tr', {}, h('td', {}, ' 指标 '), h('td', {}, '目标')),
        h('tr', {}, h('th', {}, '城镇新增就业'), h('td', {}, '40万人'))),
    );
    expect(textOf(table)).toBe('指标\t目标\n城镇新增就业\t40万人');
  });

  it('collapses HTML whitespace like a browser; a source newline inside Chinese text is one space', () => {
    expect(textOf(h('p', {}, '  城镇新增\n    就业  ', h('b', {}, ' 40 '), '  万人\n'))).toBe('城镇新增 就业 40 万人');
    expect(textOf(h('p', {}, 'a\u00a0\u00a0b'))).toBe('a  b');
    expect(textOf(h('p', {}, '就\u200b业\u00ad'))).toBe('就业');
  });

  it('keeps whitespace in <pre> and inline white-space: pre', () => {
    expect(textOf(h('pre', {}, '甲  乙\n丙'))).toBe('甲  乙\n丙');
    expect(textOf(h('span', { style: 'white-space: pre-wrap' }, 'a  b'))).toBe('a  b');
  });

  it('skips script, style, template, hidden and display:none text but keeps aria-hidden text', () => {
    const text = textOf(
      h('script', {}, 'var x = "城镇新增就业1万人";'),
      h('style', {}, 'p { color: red }'),
      h('noscript', {}, '请开启脚本'),
      h('p', { hidden: '' }, '隐藏一'),
      h('p', { style: 'color:red; display : none' }, '隐藏二'),
      h('span', { style: 'visibility:hidden' }, '隐藏三'),
      h('p', { 'aria-hidden': 'true' }, '可见'),
      h('p', { style: 'display:block' }, '也可见'),
    );
    expect(text).toBe('可见\n也可见');
  });

  it('shows only the summary of a closed <details>', () => {
    expect(textOf(h('details', {}, h('summary', {}, '摘要'), '细节', h('p', {}, '段落')), '后')).toBe('摘要\n后');
    expect(textOf(h('details', { open: '' }, h('summary', {}, '摘要'), '细节'))).toBe('摘要\n细节');
  });

  it("skips the extension's own UI", () => {
    const card = h('div', { [OWN_UI_ATTRIBUTE]: 'card' }, '城镇新增就业 40万人 target');
    expect(textOf(h('p', {}, '正文', card, '继续'))).toBe('正文继续');
  });

  it('asks isHidden about elements and honours isBlock', () => {
    const text = collectVisibleText(h('div', {}, h('span', { class: 'x' }, '隐藏'), h('span', {}, '甲'), h('span', {}, '乙')), {
      isHidden: (el) => el.classList.contains('x'),
      isBlock: (el) => el.localName === 'span',
    }).text;
    expect(text).toBe('甲\n乙');
  });

  it('skips what a stylesheet hides when given isHiddenByComputedStyle', () => {
    const style = h('style', {}, '.gone { display: none } .ghost { visibility: hidden }');
    const root = h('div', {}, h('p', { class: 'gone' }, '隐藏'), h('p', { class: 'ghost' }, '幽灵'), h('p', {}, '城镇新增就业'));
    document.head.append(style);
    document.body.append(root);
    expect(collectVisibleText(root).text).toBe('隐藏\n幽灵\n城镇新增就业');
    expect(collectVisibleText(root, { isHidden: isHiddenByComputedStyle }).text).toBe('城镇新增就业');
    root.remove();
    style.remove();
  });

  it('maps a record span back to a DOM range over the same characters', () => {
    const root = h('div', {}, h('p', {}, '全面完成', h('b', {}, '城镇新增就业'), '40万人以上、'), h('p', {}, '第二段'));
    document.body.append(root);
    const { text, map } = collectVisibleText(root);
    const start = text.indexOf('城镇新增就业');
    const end = text.indexOf('、');
    expect(toRange(map, start, end, document)!.toString()).toBe('城镇新增就业40万人以上');
    // A span across the inserted newline ends at the end of the first paragraph and starts at the second.
    const across = toRange(map, text.indexOf('、'), text.length, document)!;
    expect(across.toString()).toBe('、第二段');
    root.remove();
  });

  it('reads a whole document without its head', () => {
    const doc = document.implementation.createHTMLDocument('页面标题');
    doc.body.append(h('h1', {}, '城镇新增就业'), h('p', {}, '40万人'));
    expect(collectVisibleText(doc).text).toBe('城镇新增就业\n40万人');
  });

  it('returns null positions on an empty page', () => {
    const { text, map } = collectVisibleText(h('div', {}, h('script', {}, 'x')));
    expect(text).toBe('');
    expect(toDomPosition(map, 0)).toBeNull();
    expect(toRange(map, 0, 0, document)).toBeNull();
  });
});

describe('collectVisibleText restricted by include', () => {
  /** Passes the Text nodes marked as kept, and the elements that hold them. */
  function keeping(root: Node, kept: (text: Text) => boolean) {
    const texts = new Set<Text>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (kept(n as Text)) texts.add(n as Text);
    const holders = new Set<Node>();
    for (const t of texts) for (let p = t.parentNode; p; p = p.parentNode) holders.add(p);
    return (node: Element | Text) => (node.nodeType === Node.TEXT_NODE ? texts.has(node as Text) : holders.has(node));
  }
  const nav = () => h('ul', {}, h('li', {}, h('a', {}, '首页')), h('li', {}, h('a', {}, '新闻')));

  it('skips what it leaves out as if hidden: no separator, no stray space', () => {
    const root = h('div', {},
      nav(),
      h('h1', {}, '标题'),
      h('p', {}, '城镇新增就业', h('span', { class: 'ad' }, '广告'), '40万人'),
      h('div', {}, h('p', {}, '相关新闻'), h('p', {}, '全国城镇调查失业率5.1%')),
      h('p', {}, '第二段'),
    );
    const include = keeping(root, (t) => !/首页|新闻|广告|失业率/.test(t.data));
    expect(collectVisibleText(root, { include }).text).toBe('标题\n城镇新增就业40万人\n第二段');
  });

  it('gives at most one blank line for a run of <br> around what it leaves out', () => {
    const root = h('div', {}, '第一行', h('br'), h('br'), h('span', {}, '广告'), h('br'), h('br'), h('br'), '第二行');
    const include = keeping(root, (t) => t.data !== '广告');
    expect(collectVisibleText(root, { include }).text).toBe('第一行\n\n第二行');
    expect(collectVisibleText(root).text).toBe('第一行\n\n广告\n\n\n第二行');
  });

  it('maps offsets to the live Text nodes it kept', () => {
    const root = h('div', {}, nav(), h('p', {}, '全面完成', h('b', {}, '城镇新增就业'), '40万人以上、'), nav(), h('p', {}, '第二段'));
    document.body.append(root);
    const include = keeping(root, (t) => !/首页|新闻/.test(t.data));
    const { text, map } = collectVisibleText(root, { include });
    expect(text).toBe('全面完成城镇新增就业40万人以上、\n第二段');
    expect(toRange(map, text.indexOf('城镇'), text.indexOf('、'), document)!.toString()).toBe('城镇新增就业40万人以上');
    const second = toRange(map, text.indexOf('第二段'), text.length, document)!;
    expect(second.toString()).toBe('第二段');
    expect(second.startContainer).toBe(root.lastChild!.firstChild);
    root.remove();
  });

  it('reads the same in slices', async () => {
    const root = h('div', {});
    for (let i = 0; i < 500; i++) root.append(nav(), h('p', {}, `第${i}段：城镇新增就业${i}万人。`));
    const include = keeping(root, (t) => t.data.startsWith('第'));
    const once = collectVisibleText(root, { include });
    expect(once.text.split('\n')).toHaveLength(500);
    const sliced = await collectVisibleTextChunked(root, { include, budgetMs: 0 });
    expect(sliced.text).toBe(once.text);
    expect(sliced.map).toEqual(once.map);
  });
});

// ---- random markup ----

const TAGS = ['p', 'div', 'span', 'b', 'br', 'td', 'tr', 'li', 'pre', 'script', 'style', 'h2', 'a'] as const;
const ATTRS: Record<string, string>[] = [{}, {}, {}, { hidden: '' }, { style: 'display:none' }, { [OWN_UI_ATTRIBUTE]: '' }, { style: 'white-space:pre' }];
const ALPHABET = ['城', '镇', '就', '业', '4', '0', '万', '%', ' ', ' ', '\n', '\t', '\u00a0', '\u200b', 'a', '。', '\u3000'];

interface TreeSpec {
  tag: (typeof TREE_TAGS)[number] | '#text';
  attrs: Record<string, string>;
  text: string;
  children: TreeSpec[];
}
const TREE_TAGS = TAGS;

const treeArb = fc.letrec<{ node: TreeSpec }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'tree' },
    fc.record({
      tag: fc.constant('#text' as const),
      attrs: fc.constant<Record<string, string>>({}),
      text: fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((chars) => chars.join('')),
      children: fc.constant<TreeSpec[]>([]),
    }),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.constantFrom(...ATTRS),
      text: fc.constant(''),
      children: fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' }),
    }),
  ),
}));

const SKIPS = new Set(['script', 'style']);

/** Builds the tree; returns the root and, in order, the text nodes a reader sees. */
function build(spec: TreeSpec[]): { root: HTMLElement; visible: Text[] } {
  const visible: Text[] = [];
  const make = (node: TreeSpec, shown: boolean): Node => {
    if (node.tag === '#text') {
      const text = document.createTextNode(node.text);
      if (shown) visible.push(text);
      return text;
    }
    const el = document.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, value);
    const hidden = SKIPS.has(node.tag) || 'hidden' in node.attrs || node.attrs.style === 'display:none' || OWN_UI_ATTRIBUTE in node.attrs;
    if (node.tag !== 'br') for (const child of node.children) el.append(make(child, shown && !hidden));
    return el;
  };
  const root = document.createElement('div');
  for (const node of spec) root.append(make(node, true));
  return { root, visible };
}

function coveringChunk(map: TextMap, offset: number): number {
  return map.starts.findIndex((start, i) => offset >= start && offset < start + map.lengths[i]!);
}

const INVISIBLE = /[\u200b\u00ad]/g;
const WHITESPACE = /[ \t\n\r\f\u00a0]/g;

describe('collectVisibleText on random markup', () => {
  it('maps every copied character to the same character in the DOM, and loses no visible character', () => {
    fc.assert(
      fc.property(fc.array(treeArb.node, { maxLength: 5 }), (spec) => {
        const { root, visible } = build(spec);
        const { text, map } = collectVisibleText(root);
        expect(map.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const chunk = coveringChunk(map, i);
          if (chunk < 0) {
            expect(['\n', '\t']).toContain(text[i]);
            continue;
          }
          const pos = toDomPosition(map, i)!;
          expect(pos.node).toBe(map.nodes[chunk]);
          const source = pos.node.data[pos.offset]!;
          if (text[i] === ' ') expect(source).toMatch(WHITESPACE);
          else if (text[i] === '\n') expect(source).toMatch(/[\n\r]/);
          else expect(source).toBe(text[i]);
          const endPos = toDomEndPosition(map, i + 1)!;
          expect(endPos).toEqual({ node: pos.node, offset: pos.offset + 1 });
        }
        const seen = visible.map((node) => node.data).join('').replace(INVISIBLE, '').replace(WHITESPACE, '');
        expect(text.replace(WHITESPACE, '')).toBe(seen);
        if (text.length > 0) {
          expect(coveringChunk(map, 0), 'no separator before the first character').toBeGreaterThanOrEqual(0);
          expect(coveringChunk(map, text.length - 1), 'no separator after the last').toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('produces the same text and map in slices as in one pass', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(treeArb.node, { maxLength: 5 }), async (spec) => {
        const { root } = build(spec);
        const once = collectVisibleText(root);
        const sliced = await collectVisibleTextChunked(root, { budgetMs: 0 });
        expect(sliced.text).toBe(once.text);
        expect(sliced.map).toEqual(once.map);
      }),
      { numRuns: 100 },
    );
  });
});

describe('collectVisibleTextChunked', () => {
  const longPage = () => {
    const root = document.createElement('div');
    for (let i = 0; i < 2000; i++) root.append(h('p', {}, `第${i}段：城镇新增就业`, h('b', {}, `${i}`), '万人以上。'));
    return root;
  };

  it('equals the synchronous result on a long page while yielding many times', async () => {
    const root = longPage();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await collectVisibleTextChunked(root, { budgetMs: 1 });
    clearInterval(timer);
    expect(sliced.text).toBe(collectVisibleText(root).text);
    expect(sliced.text.length).toBeGreaterThan(40_000);
    expect(ticks).toBeGreaterThan(0); // other tasks ran in between slices
  });

  it('stops with the abort reason', async () => {
    const controller = new AbortController();
    const pending = collectVisibleTextChunked(longPage(), { budgetMs: 0, signal: controller.signal });
    controller.abort(new Error('page navigated'));
    await expect(pending).rejects.toThrow('page navigated');
  });

  it('starts over when the page removes the part it paused in', async () => {
    const root = longPage();
    const pending = collectVisibleTextChunked(root, { budgetMs: 0 });
    // The first slice has run; it paused inside one of the first paragraphs, which go now.
    while (root.childNodes.length > 10) root.firstChild!.remove();
    const result = await pending;
    expect(result.text).toBe(collectVisibleText(root).text);
  });
});
