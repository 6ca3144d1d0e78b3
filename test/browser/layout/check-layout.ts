// The layout checks for web-test-runner in today's Chromium: the geometry of geometry.ts (shared with
// the old engines' test, test/e2e-old-layout.test.mjs), the four viewports and the two themes.
import { setViewport } from '@web/test-runner-commands';
import { VIEWPORTS } from './geometry.js';

export * from './geometry.js';
export const THEMES = ['', 'elderly'] as const;

export async function viewport(v: (typeof VIEWPORTS)[number]): Promise<void> {
  await setViewport({ width: v.width, height: v.height });
}
