// The custom-elements.json manifest (attributes, properties, events, parts, CSS properties) for
// editors and Storybook, and from it the framework typings, by maintained generators:
//   dist/jsx-integration.d.ts   (custom-element-jsx-integration: Preact, Solid, React 19's JSX)
//   dist/vue-integration.d.ts   (custom-element-vuejs-integration: Vue templates)
// Each element's attributes and `on<event>` handlers, with the event's `detail` type.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Every element class and event detail type is exported from the package's entry (dist/index.js). */
const globalTypePath = './index.js';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx-integration.d.ts', globalTypePath, hideLogs: true }),
    customElementVuejsPlugin({ outdir: 'dist', fileName: 'vue-integration.d.ts', globalTypePath, hideLogs: true }),
  ],
};
