/** A filter above a list: "all" first, then each option; none when there is nothing to choose between. */
import { html, nothing } from 'lit';

export function filterSelect(
  label: string,
  all: string,
  value: string,
  options: [value: string, text: string][],
  set: (v: string) => void,
) {
  if (options.length < 2) return nothing;
  return html`<select
    part="filter"
    aria-label=${label}
    .value=${value}
    @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
  >
    <option value="">${all}</option>
    ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
  </select>`;
}
