/**
 * Page buttons for a long list: 上一页 · 第 2/5 页 · 下一页. Pages rather than a long scroll, so a
 * kiosk visitor taps through a list instead of dragging it.
 */
import { css, html, nothing } from 'lit';
import type { Lang } from '@gongkai/sdk/core';
import { fill, type Strings } from './lang.js';

const STRINGS: Strings<'page' | 'prev' | 'next' | 'pages'> = {
  'zh-CN': { page: '第 {i}/{n} 页', prev: '上一页', next: '下一页', pages: '分页' },
  en: { page: 'Page {i} of {n}', prev: 'Previous', next: 'Next', pages: 'Pages' },
};

/** How many pages `count` items make at `size` a page (at least one). */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / Math.max(1, size)));

/** The buttons for page `page` (0-based) of `count`; `go` is called with the page chosen. */
export function pager(page: number, count: number, lang: Lang, go: (page: number) => void) {
  if (count <= 1) return nothing;
  const t = STRINGS[lang];
  return html`<nav class="pager" part="pager" aria-label=${t.pages}>
    <button class="prev" ?disabled=${page === 0} @click=${() => go(page - 1)}>${t.prev}</button>
    <span class="page" aria-live="polite">${fill(t.page, { i: page + 1, n: count })}</span>
    <button class="next" ?disabled=${page >= count - 1} @click=${() => go(page + 1)}>${t.next}</button>
  </nav>`;
}

export const pagerStyles = css`
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: center;
    margin: 0.75rem 0;
  }
  .pager button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  @media print {
    .pager {
      display: none;
    }
  }
`;
