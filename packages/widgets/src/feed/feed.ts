/**
 * <gk-feed src="…">: names one feed for every widget inside it, which then needs only
 * `dataset="…"`. All of them share one SDK client (one fetch and one cache per file). A `theme`
 * set here applies to everything inside.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { feedContext, type FeedContextValue } from '../shared/feed-context.js';
import { themes } from '../shared/themes.styles.js';

/**
 * @tagname gk-feed
 * @slot - The panels (kiosk) or the widgets that read this feed.
 */
export class GkFeed extends LitElement {
  static override styles = [
    themes,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** URL of the feed folder or its manifest.json. */
  @property() src = '';
  @property({ reflect: true }) theme = '';

  @provide({ context: feedContext })
  protected feed?: FeedContextValue;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feed = this.src ? { src: new URL(this.src, document.baseURI).href } : undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-feed': GkFeed;
  }
}
