/**
 * A widget whose script could not load or run says so inside its own box, in the page's language,
 * with the address of its data, instead of standing blank. The fallback content a snippet put in the
 * element (the data as plain HTML, `gongkai embed`) stays visible below it: an undefined element
 * shows its light DOM.
 */
const TEXT = {
  zh: { note: '此栏目的互动内容未能在本浏览器中加载。', data: '数据文件' },
  en: { note: 'This section could not load in this browser.', data: 'Data file' },
};

export function showUnavailable(el: Element): void {
  if (el.querySelector(':scope > .gk-unavailable')) return;
  const t = /^en\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '') ? TEXT.en : TEXT.zh;
  const p = document.createElement('p');
  p.className = 'gk-unavailable';
  p.setAttribute('role', 'note');
  p.append(t.note);
  const src = el.getAttribute('src');
  if (src) {
    const a = document.createElement('a');
    a.href = src;
    a.textContent = t.data;
    p.append(' ', a);
  }
  el.prepend(p);
}
