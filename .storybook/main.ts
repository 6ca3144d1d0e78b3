import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../packages/widgets/src/**/*.stories.@(ts|js)', './*.mdx'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The sample feed, so stories load real data with `src` exactly as a department page would.
  staticDirs: [{ from: '../examples/feeds', to: '/feeds' }],
  viteFinal: async (config) => {
    config.resolve ??= {};
    config.resolve.conditions = ['source', ...defaultClientConditions]; // sibling workspaces from src
    return config;
  },
};
export default config;
