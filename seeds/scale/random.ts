// A small, fast, seeded random source for the scale data set: tens of millions of
// draws, so no faker per row. sfc32 seeded through splitmix32: the same seed always
// gives the same sequence, on every machine and engine.
export const SCALE_SEED = 20261122;

export class FastRng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed = SCALE_SEED) {
    let s = seed >>> 0;
    const mix = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return max <= min ? min : min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) if ((r -= w) < 0) return value;
    return items[items.length - 1]![0];
  }

  /** A Pareto-distributed integer ≥ min, capped at max: the long tail of heavy users. */
  pareto(min: number, alpha: number, max: number): number {
    return Math.min(max, Math.floor(min / Math.pow(1 - this.next(), 1 / alpha)));
  }

  alnum(length: number): string {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let s = '';
    for (let i = 0; i < length; i++) s += chars[Math.floor(this.next() * 36)];
    return s;
  }
}

/** A bijection of 32-bit integers: unique codes from sequential ids that do not look sequential. */
export function scramble(id: number): number {
  let x = (id ^ 0x5bd1e995) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}
