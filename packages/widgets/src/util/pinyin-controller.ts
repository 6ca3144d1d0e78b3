/**
 * The pinyin dictionary for a search box (135 kB gzip), loaded the first time a query has Latin
 * letters: not on focus, so a visitor who searches in Chinese (most do) never downloads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPinyin, type PinyinConverter } from '@gongkai/sdk/core';

export class PinyinController implements ReactiveController {
  converter?: PinyinConverter;
  loading = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts loading (once); the host updates when the dictionary arrives. */
  ensure = async (): Promise<void> => {
    if (this.converter || this.loading) return;
    // No update asked for here: this runs inside the host's update (a query set as an attribute), and
    // a render in progress reads `loading` anyway.
    this.loading = true;
    try {
      this.converter = await loadPinyin();
    } catch {
      // Offline before the dictionary arrived: text and number search still work.
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  };

  /** A query with Latin letters may be pinyin: load the dictionary for it. */
  ensureFor(query: string): void {
    if (/[a-z]/i.test(query)) void this.ensure();
  }
}
