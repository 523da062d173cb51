import { describe, expect, it } from 'vitest';
import { progressUrl } from './progress-url';

describe('progressUrl', () => {
  it('is a whole address on the public base, with the receipt filled in', () => {
    expect(progressUrl('https://gjj.example.gov.cn', 'SL20261120DL0001')).toBe('https://gjj.example.gov.cn/progress?receipt=SL20261120DL0001');
  });

  it('ignores a path or a trailing slash on the base (the page lives at the root)', () => {
    expect(progressUrl('http://localhost:3000/', 'SL20261120DL0001')).toBe('http://localhost:3000/progress?receipt=SL20261120DL0001');
    expect(progressUrl('https://gjj.example.gov.cn/hall/', 'SL1')).toBe('https://gjj.example.gov.cn/progress?receipt=SL1');
  });
});
