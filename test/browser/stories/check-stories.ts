// Storybook stories, from the built Storybook (npm test builds it first): each must render without
// throwing and pass axe-core with zero violations. One test file per group of stories, so every file
// stays well inside the runner's time limit on a slow machine.
import { expect } from '@open-wc/testing';

interface Entry {
  id: string;
  type: string;
  title: string;
  name: string;
}

const BASE = '/storybook-static/';

async function loadStory(id: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  frame.src = `${BASE}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(frame);
  await new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
  return frame;
}

/** Waits until Storybook has rendered the story (or shown its error screen) and the widgets settled. */
async function settled(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    const shown = doc.body.classList.contains('sb-show-main') || doc.body.classList.contains('sb-show-errordisplay');
    const widgets = [...doc.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('gk-'));
    const busy = widgets.some(
      (w) => !w.shadowRoot || w.shadowRoot.childElementCount === 0 || w.shadowRoot.querySelector('[aria-busy="true"]'),
    );
    if (shown && widgets.length && !busy) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // Kiosk panels fade in; axe must see the settled colours (waited for, not timed).
  const fades = doc.getAnimations().filter((a) => (a as CSSAnimation).animationName === 'gk-fade');
  await Promise.all(fades.map((a) => a.finished));
}

async function axe(frame: HTMLIFrameElement) {
  const win = frame.contentWindow as Window & {
    axe?: { run(el: Element): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  };
  if (!win.axe) {
    await new Promise((ok, fail) => {
      const s = frame.contentDocument!.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      s.onload = ok;
      s.onerror = fail;
      frame.contentDocument!.head.append(s);
    });
  }
  return win.axe!.run(frame.contentDocument!.querySelector('#storybook-root')!);
}

async function checkStory(story: Entry): Promise<string[]> {
  // Loading stories never finish loading by design; they are checked for errors only.
  const loading = story.name === 'Loading';
  const frame = await loadStory(story.id);
  const errors: string[] = [];
  frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
  frame.contentWindow!.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  if (!loading) await settled(frame);
  const doc = frame.contentDocument!;
  if (doc.body.classList.contains('sb-show-errordisplay'))
    errors.push(doc.querySelector('#error-message')?.textContent ?? 'story errored');
  // Stories load the sample feed relative to where Storybook is served: a story that is not about
  // an error must show its data, not the error view (issue 16).
  const aboutErrors = /error|invalid|not in the feed|broken|loading/i.test(story.name);
  if (!loading && !aboutErrors) {
    const failed = [...doc.querySelectorAll('#storybook-root *')].filter((e) =>
      e.shadowRoot?.querySelector('.gk-error'),
    );
    for (const e of failed)
      errors.push(`<${e.localName}> shows the error view: ${e.shadowRoot!.textContent!.trim().slice(0, 80)}`);
  }
  if (!loading) {
    const result = await axe(frame);
    for (const v of result.violations) errors.push(`axe ${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }
  frame.remove();
  return errors;
}

/**
 * One test per story whose title starts with one of `titles`; with `part`, only every `of`-th of
 * them from the `part`-th on (a long group split over files). Call with top-level await.
 */
export async function checkStories(titles: readonly string[], { part = 0, of = 1 } = {}): Promise<void> {
  const index = (await (await fetch(`${BASE}index.json`)).json()) as { entries: Record<string, Entry> };
  const stories = Object.values(index.entries)
    .filter((e) => e.type === 'story' && titles.some((t) => e.title.startsWith(t)))
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((_, i) => i % of === part);
  describe(`Storybook stories: ${titles.join(', ')}${of > 1 ? ` (part ${part + 1} of ${of})` : ''}`, () => {
    it('are there', () => {
      expect(stories.length, 'no story matched: was Storybook built?').to.be.greaterThan(0);
    });
    for (const story of stories) {
      it(`${story.name} renders without throwing and passes axe-core`, async function () {
        this.timeout(30_000);
        const errors = await checkStory(story);
        expect(errors, errors.join('\n')).to.deep.equal([]);
      });
    }
  });
}
