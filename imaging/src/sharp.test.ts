import { describe, expect, it } from 'vitest';
import sharp from './sharp';

describe('sharp as imaging uses it', () => {
  it('keeps no decoded images between calls (libvips operation cache off)', async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } }).png().toBuffer();
    await sharp(png).greyscale().raw().toBuffer();
    await sharp(png).greyscale().raw().toBuffer();
    const cache = sharp.cache();
    expect(cache.items.current).toBe(0);
    expect(cache.memory.max).toBe(0);
  });
});
