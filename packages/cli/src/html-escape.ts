/** Feed text into HTML the CLI writes (posters, search pages, the harvest report): never markup. */
export const escapeHtml = (s: unknown): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Markup written by an `html` template (ours): the one kind of value `html` does not escape. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type HtmlValue = Markup | string | number | boolean | null | undefined | readonly HtmlValue[];

const part = (v: HtmlValue): string =>
  v instanceof Markup
    ? v.text
    : Array.isArray(v)
      ? v.map(part).join('')
      : v === null || v === undefined || v === false
        ? ''
        : escapeHtml(v);

/**
 * A page template that escapes every value put into it, unless the value is itself a template's
 * result: a field added later and forgotten is still shown as text, never parsed as markup.
 * Arrays are joined; null, undefined and false write nothing.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Markup {
  let text = strings[0]!;
  values.forEach((v, i) => (text += part(v) + strings[i + 1]!));
  return new Markup(text);
}
