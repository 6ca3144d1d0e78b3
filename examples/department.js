// The department named in the address (?department=示例县民政局), so one page serves them all;
// ?src= shows another feed of this site (a search result of the harvested aggregate links here with
// one). A feed on another origin is refused: a link must not show someone else's fees as this site's.
const params = new URLSearchParams(location.search);
const el = document.querySelector('gk-department');
const name = params.get('department');
const src = params.get('src');
if (name) el.setAttribute('department', name);
if (src) {
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    url = undefined;
  }
  if (url && url.origin === location.origin) el.setAttribute('src', url.pathname + url.search);
  else {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'status');
    notice.textContent =
      '链接所指的数据源不在本站，已改为显示本站数据。 / The link named a feed on another site: showing this site’s own data.';
    el.before(notice);
  }
}
for (const a of document.querySelectorAll('nav.departments a'))
  if (new URL(a.href).searchParams.get('department') === (name || '示例县自然资源局'))
    a.setAttribute('aria-current', 'page');
