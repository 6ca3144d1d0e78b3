/**
 * The one rule for what a `src` names. A feed is named by its folder (with or without the trailing
 * slash) or by its manifest.json; any other `.json` is a single dataset file, whose feed (for
 * references) is the manifest.json beside it.
 */

export interface Located {
  /** The feed's manifest URL (for a single file: the manifest that would sit beside it). */
  manifestUrl: string;
  /** Set when `src` names one dataset file. */
  file?: string;
}

function absolute(src: string): URL {
  return typeof location !== 'undefined' ? new URL(src, location.href) : new URL(src);
}

/** A feed folder or manifest URL → the manifest's URL (`/feeds/x` and `/feeds/x/` both → `/feeds/x/manifest.json`). */
export function manifestUrlOf(feed: string): string {
  const url = absolute(feed);
  if (/\.json$/i.test(url.pathname)) return url.href;
  url.pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return new URL('manifest.json', url).href;
}

export function locate(src: string): Located {
  const url = absolute(src);
  if (/\.json$/i.test(url.pathname) && !/(^|\/)manifest\.json$/i.test(url.pathname)) {
    return { manifestUrl: new URL('manifest.json', url).href, file: url.href };
  }
  return { manifestUrl: manifestUrlOf(url.href) };
}
