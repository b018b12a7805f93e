// What the generators need to know about each commune beyond the census: how many tribus it
// has, whether it is urban or a regional centre, how rugged it is. Rough orders of magnitude
// chosen for a plausible sample, not official statistics.

/** Nouméa and its suburbs: dense, well served, almost no tribus. */
export const GREATER_NOUMEA = new Set(['98818', '98805', '98817', '98821']);
export const NOUMEA = '98818';
export const KONE = '98811';

/** Provincial and local centres outside Greater Nouméa, which get more network than their size. */
export const REGIONAL_CENTRES = new Set([
  '98811', // Koné, seat of the Nord province
  '98812', // Koumac
  '98803', // Bourail
  '98813', // La Foa
  '98822', // Poindimié
  '98814', // Lifou (Wé), seat of the Iles province
  '98815', // Maré
  '98808', // Houaïlou
]);

/**
 * East coast and central-chain communes, where relief makes radio coverage patchy and the
 * network arrives later.
 */
export const RUGGED = new Set([
  '98807', // Hienghène
  '98830', // Touho
  '98822', // Poindimié
  '98823', // Ponérihouen
  '98808', // Houaïlou
  '98833', // Kouaoua
  '98804', // Canala
  '98829', // Thio
  '98832', // Yaté
  '98824', // Pouébo
  '98828', // Sarraméa
  '98806', // Farino
]);

export const LOYALTY_ISLANDS = new Set(['98814', '98815', '98820']);

/**
 * Tribus per commune, 342 in all: many on the east coast, in the central chain and on the
 * Loyalty Islands, few around Nouméa and none in Nouméa itself.
 */
export const TRIBUS: Readonly<Record<string, number>> = {
  '98801': 3, // Bélep
  '98802': 3, // Boulouparis
  '98803': 7, // Bourail
  '98804': 18, // Canala
  '98805': 2, // Dumbéa
  '98806': 1, // Farino
  '98807': 22, // Hienghène
  '98808': 30, // Houaïlou
  '98809': 8, // Île des Pins
  '98810': 10, // Kaala-Gomen
  '98811': 10, // Koné
  '98812': 4, // Koumac
  '98813': 6, // La Foa
  '98814': 36, // Lifou
  '98815': 30, // Maré
  '98816': 2, // Moindou
  '98817': 3, // Mont-Dore
  '98818': 0, // Nouméa
  '98819': 8, // Ouégoa
  '98820': 20, // Ouvéa
  '98821': 5, // Païta
  '98822': 18, // Poindimié
  '98823': 20, // Ponérihouen
  '98824': 9, // Pouébo
  '98825': 2, // Pouembout
  '98826': 6, // Poum
  '98827': 8, // Poya
  '98828': 3, // Sarraméa
  '98829': 13, // Thio
  '98830': 11, // Touho
  '98831': 7, // Voh
  '98832': 6, // Yaté
  '98833': 11, // Kouaoua
};

export type CommuneClass = 'noumea' | 'suburb' | 'centre' | 'rural';

export function communeClass(insee: string): CommuneClass {
  if (insee === NOUMEA) return 'noumea';
  if (GREATER_NOUMEA.has(insee)) return 'suburb';
  if (REGIONAL_CENTRES.has(insee)) return 'centre';
  return 'rural';
}

/**
 * Rounds an expected count to a whole number without bias: 2.3 gives 3 with probability 0.3.
 * This is how `scale` reaches the generators, and how probabilities become 0/1 draws. Scale
 * only what does not already grow with it: per commune or per town, not per village or tribu,
 * whose number is scaled already.
 */
export function scaledCount(random: { chance(p: number): boolean }, expected: number): number {
  const whole = Math.floor(expected);
  return whole + (random.chance(expected - whole) ? 1 : 0);
}
