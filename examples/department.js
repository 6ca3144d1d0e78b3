// The department named in the address (?department=示例县民政局), so one page serves them all;
// ?src= shows another feed (a search result of the harvested aggregate links here with one).
const params = new URLSearchParams(location.search);
const name = params.get('department');
const src = params.get('src');
if (name) document.querySelector('gk-department').setAttribute('department', name);
if (src) document.querySelector('gk-department').setAttribute('src', src);
// `||`, not `??`: this page runs in tier 2 engines (Chromium 72) too, which do not read `??`.
for (const a of document.querySelectorAll('nav.departments a'))
  if (new URL(a.href).searchParams.get('department') === (name || '示例县自然资源局'))
    a.setAttribute('aria-current', 'page');
