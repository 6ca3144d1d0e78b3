/**
 * Pinyin for search. The dictionary (pinyin-pro, ~300 kB) is loaded only when asked for, so pages
 * that never search by pinyin never download it.
 */

/** One syllable per character of `text` (non-Han characters come back as themselves). */
export type PinyinConverter = (text: string) => string[];

let loading: Promise<PinyinConverter> | undefined;

export function loadPinyin(): Promise<PinyinConverter> {
  loading ??= import('pinyin-pro').then(
    ({ pinyin }) =>
      (text: string) =>
        pinyin(text, { toneType: 'none', type: 'array', nonZh: 'spaced', v: true }),
    (e: unknown) => {
      loading = undefined; // offline at first use: the next search tries again
      throw e;
    },
  );
  return loading;
}
