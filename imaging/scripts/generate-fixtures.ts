// Generates imaging/fixtures/NNN-name/{input.jpg, expected.json}: realistic material layouts
// rendered with Debian's Noto CJK fonts, then degraded. Deterministic (seeded); the output is
// committed so that CI needs neither the fonts nor this script.
//   pnpm exec tsx imaging/scripts/generate-fixtures.ts
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { int, seeded, type Rng } from './fixture-data';
import { degrade, type Degradation } from './fixture-degrade';
import {
  bankCardFront, blankPage, dischargeSummary, hospitalInvoice, idCardBack, idCardFront, marriageCertificate, propertyCertificate,
  purchaseContract, rentalContract, type Layout,
} from './fixture-layouts';

type Maker = (rng: Rng, dpi: number) => Layout;
interface Plan {
  readonly name: string;
  readonly make: Maker;
  readonly count: number;
  readonly dpi: readonly [number, number];
  readonly photo: boolean;
}

const PLANS: readonly Plan[] = [
  { name: 'id-front', make: idCardFront, count: 12, dpi: [200, 320], photo: true },
  { name: 'id-back', make: idCardBack, count: 2, dpi: [220, 300], photo: true },
  { name: 'bank-card', make: bankCardFront, count: 5, dpi: [220, 320], photo: true },
  { name: 'rental-contract', make: rentalContract, count: 5, dpi: [150, 250], photo: false },
  { name: 'hospital-invoice', make: hospitalInvoice, count: 6, dpi: [180, 250], photo: false },
  { name: 'purchase-contract', make: purchaseContract, count: 4, dpi: [150, 250], photo: false },
  { name: 'blank', make: blankPage, count: 1, dpi: [150, 150], photo: false },
  // Added later, after the blank page, so that pages 001–035 keep their seeds and bytes.
  { name: 'marriage-certificate', make: marriageCertificate, count: 2, dpi: [150, 250], photo: false },
  { name: 'property-certificate', make: propertyCertificate, count: 2, dpi: [150, 250], photo: false },
  { name: 'discharge-summary', make: dischargeSummary, count: 2, dpi: [150, 250], photo: false },
];

function degradationFor(rng: Rng, photo: boolean, n: number): Degradation {
  // Every sixth page is upside down or sideways: the orientation step must earn its keep.
  const quarterTurn = n % 12 === 5 ? 180 : n % 12 === 9 ? 90 : 0;
  return {
    skewDeg: Math.round((rng() * 2 - 1) * (photo ? 6 : 4) * 10) / 10,
    quarterTurn,
    noise: int(rng, 2, photo ? 14 : 8),
    blur: photo ? Math.round(rng() * 9) / 10 : Math.round(rng() * 5) / 10,
    shadow: photo ? Math.round(rng() * 30) / 100 : Math.round(rng() * 12) / 100,
    border: !photo && rng() < 0.4 ? 0.03 : 0,
    jpegQuality: int(rng, 55, 88),
  };
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
  await rm(root, { recursive: true, force: true });
  const rng = seeded(20261122);
  let n = 0;
  for (const plan of PLANS) {
    for (let i = 0; i < plan.count; i++) {
      n++;
      const dpi = int(rng, plan.dpi[0], plan.dpi[1]);
      const layout = plan.make(rng, dpi);
      const degradation = plan.name === 'blank' ? { skewDeg: 0, quarterTurn: 0 as const, noise: 3, blur: 0, shadow: 0, border: 0, jpegQuality: 75 } : degradationFor(rng, plan.photo, n);
      const jpeg = await degrade(layout.svg, degradation, rng);
      const dir = join(root, `${String(n).padStart(3, '0')}-${plan.name}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'input.jpg'), jpeg);
      const expected = { kind: layout.kind, dpi, degradation, fields: layout.fields, text: layout.text };
      await writeFile(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
      console.log(`${dir.slice(root.length + 1)}  ${Math.round(jpeg.length / 1024)} KB`);
    }
  }
}

await main();
