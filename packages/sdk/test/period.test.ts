import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPeriod } from '../src/core.js';

test('a period reads as printed words, in Chinese and English', () => {
  assert.equal(formatPeriod('2026-Q1', 'zh-CN'), '2026年第一季度');
  assert.equal(formatPeriod('2026-Q4', 'zh-CN'), '2026年第四季度');
  assert.equal(formatPeriod('2025-12', 'zh-CN'), '2025年12月');
  assert.equal(formatPeriod('2025-03', 'zh-CN'), '2025年3月');
  assert.equal(formatPeriod('2025', 'zh-CN'), '2025年');
  assert.equal(formatPeriod('2026-Q1', 'en'), 'Q1 2026');
  assert.equal(formatPeriod('2025-12', 'en'), 'December 2025');
  assert.equal(formatPeriod('2025', 'en'), '2025');
});

test('a period not in the model form is shown as given, never dropped', () => {
  assert.equal(formatPeriod('2025-13', 'zh-CN'), '2025-13');
  assert.equal(formatPeriod('上半年', 'zh-CN'), '上半年');
});
