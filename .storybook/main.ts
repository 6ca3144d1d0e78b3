import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../packages/widgets/src/**/*.stories.@(ts|js)', './*.mdx'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The sample feed, so stories load real data with `src` exactly as a department page would.
  // The harvested sample aggregate (written by the build) for the platform widgets' stories.
  staticDirs: [
    { from: '../examples/feeds', to: '/feeds' },
    { from: '../examples/aggregate', to: '/aggregate' },
  ],
  viteFinal: async (config) => {
    config.resolve ??= {};
    config.resolve.conditions = ['source', ...defaultClientConditions]; // sibling workspaces from src
    return config;
  },
};
export default config;
