// Invented place names for the sample: syllables put together at random, so that no real
// tribu, village or quarter is named (and no real community is misrepresented).
import type { Random } from '../random.ts';

const SYLLABLES = [
  'a',
  'e',
  'i',
  'o',
  'u',
  'ba',
  'bo',
  'da',
  'de',
  'do',
  'ga',
  'go',
  'ha',
  'he',
  'hi',
  'ho',
  'ka',
  'ke',
  'ki',
  'ko',
  'ku',
  'ma',
  'me',
  'mi',
  'mo',
  'na',
  'ne',
  'ni',
  'no',
  'nu',
  'pa',
  'pe',
  'pi',
  'po',
  'ra',
  're',
  'ri',
  'ta',
  'te',
  'ti',
  'to',
  'wa',
  'we',
  'wi',
  'ya',
  'yo',
  'ké',
  'né',
  'ré',
  'wé',
  'dé',
  'pé',
] as const;

export type NameMaker = () => string;

/** A generator of unique invented names, e.g. 'Kawéno', 'Tiramo', never one of `reserved`. */
export function createNameMaker(random: Random, reserved: Iterable<string> = []): NameMaker {
  // Reserved names (the real communes) must not come back as an invented village.
  const used = new Set([...reserved].map((n) => n.toLowerCase()));
  return () => {
    for (let attempt = 0; ; attempt++) {
      // More syllables once short names run out, which only happens at large scales.
      const length = random.int(2, 3) + Math.floor(attempt / 20);
      let name = '';
      for (let i = 0; i < length; i++) {
        const s = random.pick(SYLLABLES);
        // Two vowels in a row read badly ('oa', 'ie'): start such syllables with a consonant.
        name += /[aeiouéè]$/.test(name) && /^[aeiou]$/.test(s) ? `n${s}` : s;
      }
      name = name[0]!.toUpperCase() + name.slice(1);
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  };
}

/** '07' style numbering for features of one place. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** French 'of' before a place name: 'de Koné', "d'Ouvéa", "de l'Île des Pins". */
export function ofPlace(name: string): string {
  if (/^[ÎI]le\b/.test(name)) return `de l'${name}`;
  // 'Y' counts as a consonant here: 'de Yaté'.
  return /^[AEIOUÉÈÎÏ]/i.test(name) ? `d'${name}` : `de ${name}`;
}
