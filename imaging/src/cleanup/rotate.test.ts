// Our deskew rotation against libvips's (what cleanup used before): same size, within one gray
// level, on a corpus page turned both ways.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../fixture-corpus';
import { deskewRotate, deskewSize, rotatedCanvas } from './rotate';

describe('deskewRotate', () => {
  it('gives what sharp’s rotate and centred extract give, within one gray level', async () => {
    const card = loadFixtures().find((c) => c.expected.kind === 'id_card_front')!.input;
    const { data, info } = await sharp(card).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    for (const skew of [3.7, -5.3]) {
      const { width, height } = deskewSize(info.width, info.height, skew);
      const canvas = rotatedCanvas(info.width, info.height, skew);
      const viaSharp = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
        .rotate(-skew, { background: '#ffffff' })
        .extract({ left: Math.floor((canvas.w - width) / 2), top: Math.floor((canvas.h - height) / 2), width, height })
        .toColourspace('b-w')
        .raw()
        .toBuffer();
      const ours = deskewRotate({ data, width: info.width, height: info.height, channels: 1 }, skew);
      expect([ours.width, ours.height]).toEqual([width, height]);
      let differ = 0;
      let most = 0;
      for (let i = 0; i < viaSharp.length; i++) {
        const d = Math.abs(viaSharp[i]! - ours.data[i]!);
        most = Math.max(most, d);
        if (d) differ++;
      }
      expect(most).toBeLessThanOrEqual(1);
      expect(differ / viaSharp.length).toBeLessThan(0.03);
    }
  });
});
