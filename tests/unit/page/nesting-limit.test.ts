import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { limitNesting } from '../../../src/page/nesting-limit';
import { htmlToVisibleText } from '../../../src/page/html';

describe('limitNesting', () => {
  it('drops only the tags nested deeper than the cap, keeping their text', () => {
    expect(limitNesting('<div><b><i>甲</i></b></div>乙', 2)).toBe('<div><b>甲</b></div>乙');
    expect(limitNesting('<div><b><i>甲</i></b></div>', 3)).toBe('<div><b><i>甲</i></b></div>');
  });

  it('does not count void tags, self-closing tags, unclosed list items, comments or script text', () => {
    const source = '<div><br><img src=x /><x-y/><li>一<li>二<!-- <div><div> --><script>"<div><div>"</script><p>三</div>';
    expect(limitNesting(source, 1)).toBe(source);
  });

  it('leaves the sample pages untouched', () => {
    const dir = resolve(__dirname, '../../fixtures/samples');
    for (const name of readdirSync(dir).filter((file) => /\.(txt|html)$/.test(file))) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect(limitNesting(source)).toBe(source);
    }
  });

  it('lets hostile nesting through the parser with its text intact', () => {
    const deep = `${'<div><span>'.repeat(20_000)}城镇新增就业40万人${'</span></div>'.repeat(20_000)}<p>下一段</p>`;
    expect(htmlToVisibleText(deep).text).toBe('城镇新增就业40万人\n下一段');
  });
});
