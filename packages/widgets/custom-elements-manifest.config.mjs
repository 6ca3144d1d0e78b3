// The custom-elements.json manifest (attributes, properties, events, parts, CSS properties) for
// editors, Storybook and framework typings; generated from the source at build.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
