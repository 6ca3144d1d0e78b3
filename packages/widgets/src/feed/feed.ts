/**
 * <gk-feed src="…">: names one feed for every widget inside it, which then needs only
 * `dataset="…"`. All of them share one SDK client (one fetch and one cache per file). A `theme`
 * set here applies to everything inside.
 */
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedProvider } from '../base/feed-provider.js';
import { GkElement } from '../base/gk-element.js';
import { themes } from '../styles/themes.styles.js';

/**
 * @tagname gk-feed
 * @slot - The widgets that read this feed.
 */
export class GkFeed extends GkElement {
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

  private readonly provider = new FeedProvider(this);

  /** The feed URL the widgets inside read (absolute), or undefined when `src` is empty. */
  get feedUrl(): string | undefined {
    return this.provider.value?.src;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.provider.set(this.src);
  }

  /** Clears what a visitor did in every widget inside. */
  override reset(): void {
    for (const el of this.querySelectorAll('*')) if (el instanceof GkElement) el.reset();
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
