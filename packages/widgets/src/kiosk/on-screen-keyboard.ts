/**
 * <gk-on-screen-keyboard>: the kiosk's own keyboard for search boxes. Letters type pinyin initials
 * ("bdc" finds 不动产登记费), digits type amounts; no system IME is needed on a touch screen. Every
 * key is a 60 px touch target. Loaded by <gk-kiosk> the first time a search box gets focus.
 */
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../base/define.js';
import { GkElement } from '../base/gk-element.js';
import { tokens } from '../styles/tokens.styles.js';
import type { Strings } from '../util/lang.js';

const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];
const STRINGS: Strings<'keyboard' | 'backspace' | 'clear' | 'close'> = {
  'zh-CN': { keyboard: '屏幕键盘（输入拼音首字母）', backspace: '删除', clear: '清空', close: '收起键盘' },
  en: { keyboard: 'On-screen keyboard (pinyin initials)', backspace: 'Delete', clear: 'Clear', close: 'Close' },
};

/**
 * Part of <gk-kiosk>, not placed by pages (so it is not in the custom-elements manifest): the kiosk
 * listens for its `gk-keyboard-close` event.
 */
export class GkOnScreenKeyboard extends GkElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        position: absolute;
        inset: auto 0 0 0;
        z-index: 3;
        padding: 0.75rem;
        background: var(--_surface);
        border-top: 2px solid var(--_border);
        box-shadow: 0 -0.5rem 1.5rem rgb(0 0 0 / 0.15);
      }
      .row {
        display: flex;
        justify-content: center;
        gap: 0.5rem;
        margin: 0.4rem 0;
      }
      button {
        font: inherit;
        font-size: 1.5rem;
        min-width: 60px;
        min-height: 60px;
        flex: 0 1 5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_text);
        cursor: pointer;
      }
      button.wide {
        flex-basis: 10rem;
      }
    `,
  ];

  /** The input the keys type into. */
  @property({ attribute: false }) target?: HTMLInputElement;

  private type(change: (value: string) => string) {
    const input = this.target;
    if (!input) return;
    input.value = change(input.value);
    // The widget listens to input events, as it does for a real keyboard.
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  protected override render() {
    const t = STRINGS[this.effectiveLang];
    return html`<div role="group" aria-label=${t.keyboard}>
      ${ROWS.map(
        (row) =>
          html`<div class="row">
            ${[...row].map(
              (k) =>
                html`<button data-key=${k.toLowerCase()} @click=${() => this.type((v) => v + k.toLowerCase())}>
                  ${k}
                </button>`,
            )}
          </div>`,
      )}
      <div class="row">
        <button class="wide" data-key="backspace" @click=${() => this.type((v) => [...v].slice(0, -1).join(''))}>
          ${t.backspace}
        </button>
        <button class="wide" data-key="clear" @click=${() => this.type(() => '')}>${t.clear}</button>
        <button class="wide" data-key="close" @click=${() => this.dispatchEvent(new Event('gk-keyboard-close'))}>
          ${t.close}
        </button>
      </div>
    </div>`;
  }
}

define('gk-on-screen-keyboard', GkOnScreenKeyboard);

declare global {
  interface HTMLElementTagNameMap {
    'gk-on-screen-keyboard': GkOnScreenKeyboard;
  }
}
