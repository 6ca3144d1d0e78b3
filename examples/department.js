// The department named in the address (?department=示例县民政局), so one page serves them all.
const name = new URLSearchParams(location.search).get('department');
if (name) document.querySelector('gk-department').setAttribute('department', name);
for (const a of document.querySelectorAll('nav.departments a'))
  if (new URL(a.href).searchParams.get('department') === (name ?? '示例县自然资源局'))
    a.setAttribute('aria-current', 'page');
