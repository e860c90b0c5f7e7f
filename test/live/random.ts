import { Random as GeneratorRandom } from '../../src/demo-data/index.ts';

/**
 * The bench generator's seeded source (mulberry32), so every property run can be replayed from its
 * seed, with the draws the property test adds: some of a list, and a choice by weight.
 */
export class Random extends GeneratorRandom {
  /** Some of `items`, each kept with probability `p`. */
  some<T>(items: readonly T[], p = 0.3): T[] {
    return items.filter(() => this.chance(p));
  }

  /** An item chosen by weight: `[[weight, item], …]`. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((sum, [w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [weight, item] of choices) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new Error('no choices');
    return last[1];
  }
}
