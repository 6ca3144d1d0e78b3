/**
 * Chart colours as tokens, so a theme recolours every chart. A series takes `chartClass(i)`
 * (`gk-c0` … `gk-c7`, `gk-c-other`) for its fill or background, and its label `onChartClass(i)`;
 * the colours themselves are the tokens `--gk-chart-1` … `--gk-chart-8` (tokens.styles.ts).
 */
import { css } from 'lit';

export const CHART_COLOURS = 8;

/** The class of series `i` (a negative index is the "others" series). */
export const chartClass = (i: number) => (i < 0 ? 'gk-c-other' : `gk-c${i % CHART_COLOURS}`);
export const onChartClass = (i: number) => (i < 0 ? 'gk-on-c-other' : `gk-on-c${i % CHART_COLOURS}`);

export const chartColours = css`
  .gk-c0 {
    fill: var(--_chart-1);
    background: var(--_chart-1);
  }
  .gk-on-c0 {
    fill: var(--_on-chart-1);
    color: var(--_on-chart-1);
  }
  .gk-c1 {
    fill: var(--_chart-2);
    background: var(--_chart-2);
  }
  .gk-on-c1 {
    fill: var(--_on-chart-2);
    color: var(--_on-chart-2);
  }
  .gk-c2 {
    fill: var(--_chart-3);
    background: var(--_chart-3);
  }
  .gk-on-c2 {
    fill: var(--_on-chart-3);
    color: var(--_on-chart-3);
  }
  .gk-c3 {
    fill: var(--_chart-4);
    background: var(--_chart-4);
  }
  .gk-on-c3 {
    fill: var(--_on-chart-4);
    color: var(--_on-chart-4);
  }
  .gk-c4 {
    fill: var(--_chart-5);
    background: var(--_chart-5);
  }
  .gk-on-c4 {
    fill: var(--_on-chart-5);
    color: var(--_on-chart-5);
  }
  .gk-c5 {
    fill: var(--_chart-6);
    background: var(--_chart-6);
  }
  .gk-on-c5 {
    fill: var(--_on-chart-6);
    color: var(--_on-chart-6);
  }
  .gk-c6 {
    fill: var(--_chart-7);
    background: var(--_chart-7);
  }
  .gk-on-c6 {
    fill: var(--_on-chart-7);
    color: var(--_on-chart-7);
  }
  .gk-c7 {
    fill: var(--_chart-8);
    background: var(--_chart-8);
  }
  .gk-on-c7 {
    fill: var(--_on-chart-8);
    color: var(--_on-chart-8);
  }
  .gk-c-other {
    fill: var(--_chart-other);
    background: var(--_chart-other);
  }
  .gk-on-c-other {
    fill: var(--_on-chart-other);
    color: var(--_on-chart-other);
  }
`;
