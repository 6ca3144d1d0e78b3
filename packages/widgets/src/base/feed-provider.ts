/**
 * Names one feed for every widget inside an element (<gk-feed>, <gk-kiosk>), which then needs only
 * `dataset="…"`. All of them share one SDK client: one fetch and one cache per file.
 */
import { ContextProvider } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { feedContext, type FeedContextValue } from './feed-context.js';

export class FeedProvider {
  private readonly provider: ContextProvider<typeof feedContext>;

  constructor(host: ReactiveElement) {
    this.provider = new ContextProvider(host, { context: feedContext });
  }

  /** The feed provided now, its URL made absolute against the page. */
  get value(): FeedContextValue | undefined {
    return this.provider.value;
  }

  /** Provides the feed at `src` ('' for none). */
  set(src: string): void {
    const next = src ? new URL(src, document.baseURI).href : undefined;
    if (next !== this.provider.value?.src) this.provider.setValue(next ? { src: next } : undefined);
  }
}
