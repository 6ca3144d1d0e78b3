import type { Preview } from '@storybook/web-components-vite';

// Stories of the loading state point at this path: its request never answers, so the widget
// stays in its loading view (until the client's own timeout turns it into the error view).
const NEVER = '/__gk-story/never-answers/';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return url.includes(NEVER) ? new Promise<Response>(() => {}) : realFetch(input, init);
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
