// Writes typings so the elements type-check in framework templates, from custom-elements.json:
//   dist/jsx.d.ts   — the global JSX namespace (Preact, Solid, and React before 19)
//   dist/react.d.ts — React 19's React.JSX
//   dist/vue.d.ts   — Vue's GlobalComponents
// Attributes come from the manifest; `on<event>` handlers are typed from the element's events.
import { readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8'));
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })),
);

/** Unions of string literals are kept; booleans and numbers too; anything else is a string attribute. */
function attrType(a) {
  const t = (a.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '').trim();
  if (/^('[^']*'|"[^"]*")(\s*\|\s*('[^']*'|"[^"]*"))*$/.test(t)) return t;
  if (t === 'boolean') return 'boolean';
  if (t === 'number') return 'number | string';
  return 'string';
}
const camel = (event) => 'on' + event.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

function props(el) {
  const attrs = (el.attributes ?? []).map((a) => `    ${JSON.stringify(a.name)}?: ${attrType(a)};`);
  const events = (el.events ?? [])
    .filter((e) => e.name)
    .map((e) => `    ${JSON.stringify(camel(e.name))}?: (event: CustomEvent) => void;`);
  return [
    ...attrs,
    ...events,
    '    children?: unknown;',
    '    class?: string;',
    '    className?: string;',
    '    id?: string;',
    '    slot?: string;',
    '    style?: unknown;',
    '    ref?: unknown;',
    '    key?: unknown;',
  ].join('\n');
}

const body = elements
  .map((el) => `  /** <${el.tagName}> (${el.name}) */\n  ${JSON.stringify(el.tagName)}: {\n${props(el)}\n  };`)
  .join('\n');
const header = '// Generated from custom-elements.json by scripts/framework-types.mjs. Do not edit.\n';
const map = `export interface GongkaiElementProps {\n${body}\n}\n`;

writeFileSync(new URL('element-props.d.ts', dist), header + map);
writeFileSync(
  new URL('jsx.d.ts', dist),
  `${header}import type { GongkaiElementProps } from './element-props.js';\n\ndeclare global {\n  namespace JSX {\n    interface IntrinsicElements extends GongkaiElementProps {}\n  }\n}\nexport {};\n`,
);
writeFileSync(
  new URL('react.d.ts', dist),
  `${header}import type { GongkaiElementProps } from './element-props.js';\n\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends GongkaiElementProps {}\n  }\n}\nexport {};\n`,
);
writeFileSync(
  new URL('vue.d.ts', dist),
  `${header}import type { DefineComponent } from 'vue';\nimport type { GongkaiElementProps } from './element-props.js';\n\ntype Component<P> = DefineComponent<P>;\ndeclare module 'vue' {\n  interface GlobalComponents {\n${elements.map((el) => `    ${JSON.stringify(el.tagName)}: Component<GongkaiElementProps[${JSON.stringify(el.tagName)}]>;`).join('\n')}\n  }\n}\nexport {};\n`,
);
console.log(`framework types: ${elements.length} elements → dist/jsx.d.ts, react.d.ts, vue.d.ts`);
