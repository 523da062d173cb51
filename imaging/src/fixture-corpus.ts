// Reading the committed fixture corpus (imaging/fixtures/NNN-name/{input.jpg,expected.json});
// shared by the corpus tests and the bench.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FixtureCase {
  readonly name: string;
  readonly input: Buffer;
  readonly expected: {
    readonly kind: string;
    readonly fields: Record<string, string | number>;
    readonly text: string[];
  };
}

export const FIXTURE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function loadFixtures(root = FIXTURE_ROOT): FixtureCase[] {
  return readdirSync(root)
    .filter((d) => /^\d{3}-/.test(d))
    .sort()
    .map((name) => ({
      name,
      input: readFileSync(join(root, name, 'input.jpg')),
      expected: JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as FixtureCase['expected'],
    }));
}

/** Character error rate: Levenshtein distance / reference length, whitespace ignored. */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const a = [...reference.replace(/\s/g, '')];
  const b = [...hypothesis.replace(/\s/g, '')];
  if (!a.length) return b.length ? 1 : 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]! / a.length;
}
