import { describe, expect, it } from 'vitest';
import { parseMobile } from './mobile';

describe('parseMobile', () => {
  it('accepts 11-digit mainland numbers with or without +86', () => {
    expect(parseMobile('13912345678')).toEqual({ ok: true, value: '13912345678' });
    expect(parseMobile('+86 139-1234-5678')).toEqual({ ok: true, value: '13912345678' });
  });
  it('refuses landlines and wrong prefixes', () => {
    for (const bad of ['12912345678', '0451-12345678', '1391234567']) expect(parseMobile(bad).ok).toBe(false);
  });
});
