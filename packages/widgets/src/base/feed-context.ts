/**
 * What <gk-feed> (and <gk-kiosk>) provide to the widgets inside them: the feed to read, so each
 * widget needs only `dataset="…"`. A string key keeps copies of different versions compatible.
 */
import { createContext } from '@lit/context';

export interface FeedContextValue {
  /** URL of the feed folder or manifest. */
  src: string;
}

export const feedContext = createContext<FeedContextValue | undefined>('gk-feed');
