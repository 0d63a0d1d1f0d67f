// One seeded source of randomness for the whole demo data set: the same seed and
// the same `now` always give the same rows.
import { faker, fakerFR, type Faker } from '@faker-js/faker';

export const DEMO_SEED = 20261122;

export class Rng {
  readonly en: Faker = faker;
  readonly fr: Faker = fakerFR;

  constructor(seed = DEMO_SEED) {
    faker.seed(seed);
    fakerFR.seed(seed + 1); // French names come from their own instance, seeded from the same number
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return max <= min ? min : faker.number.int({ min, max });
  }

  /** A float in [0, 1). */
  next(): number {
    return faker.number.float({ min: 0, max: 1 });
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      if ((r -= w) < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    return faker.helpers.shuffle([...items]);
  }

  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }

  alnum(length: number, casing: 'upper' | 'lower' | 'mixed' = 'mixed'): string {
    return faker.string.alphanumeric({ length, casing });
  }

  digits(length: number): string {
    return faker.string.numeric({ length, allowLeadingZeros: true });
  }

  hex(length: number): string {
    return faker.string.hexadecimal({ length, casing: 'lower', prefix: '' });
  }

  uuid(): string {
    return faker.string.uuid();
  }

  /** Splits `total` into `n` positive integers (n ≤ total), randomly weighted. */
  split(total: number, n: number): number[] {
    const parts = Math.max(1, Math.min(n, total));
    const weights = Array.from({ length: parts }, () => 0.2 + this.next());
    const sum = weights.reduce((s, w) => s + w, 0);
    const out = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
    let diff = total - out.reduce((s, v) => s + v, 0);
    for (let i = 0; diff !== 0; i = (i + 1) % parts) {
      if (diff > 0) {
        out[i]! += 1;
        diff -= 1;
      } else if (out[i]! > 1) {
        out[i]! -= 1;
        diff += 1;
      }
    }
    return out;
  }
}
