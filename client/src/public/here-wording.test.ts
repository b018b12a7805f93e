import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import en from '../locales/public.en.json' with { type: 'json' };
import fr from '../locales/public.fr.json' with { type: 'json' };
import {
  bestCoverage,
  coverageByTechnology,
  fibreWording,
  mobileWording,
  openingHoursWording,
  schoolConnectionWording,
  type Translate,
} from './here-wording.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { fr: { translation: { public: fr } }, en: { translation: { public: en } } },
  lng: 'fr',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const french: Translate = i18n.getFixedT('fr');
const english: Translate = i18n.getFixedT('en');
const km = (metres: number) => `${metres / 1000} km`;
const date = (iso: string) => `<${iso}>`;

describe('coverageByTechnology', () => {
  it('lists 2G to 5G in order, none where the API says nothing', () => {
    assert.deepEqual(
      coverageByTechnology([
        { technology: '4g', level: 'fair' },
        { technology: '2g', level: 'good' },
      ]),
      [
        { technology: '2g', level: 'good' },
        { technology: '3g', level: 'none' },
        { technology: '4g', level: 'fair' },
        { technology: '5g', level: 'none' },
      ],
    );
  });

  it('treats an unknown level as no coverage', () => {
    assert.equal(coverageByTechnology([{ technology: '5g', level: 'excellent' }])[3]?.level, 'none');
  });

  it('finds the newest technology that reaches the spot', () => {
    const rows = coverageByTechnology([
      { technology: '2g', level: 'good' },
      { technology: '4g', level: 'fair' },
    ]);
    assert.deepEqual(bestCoverage(rows), { technology: '4g', level: 'fair' });
    assert.equal(bestCoverage(coverageByTechnology([])), null);
  });
});

describe('mobileWording', () => {
  it('says which network reaches the spot and how well, in French and English', () => {
    const lifou = [
      { technology: '2g', level: 'good' },
      { technology: '3g', level: 'good' },
      { technology: '4g', level: 'good' },
    ];
    assert.deepEqual(mobileWording(french, lifou), {
      summary: '4G, bonne couverture',
      details: [
        '2G : bonne couverture',
        '3G : bonne couverture',
        '4G : bonne couverture',
        '5G : pas de couverture',
      ],
    });
    assert.equal(mobileWording(english, lifou).summary, '4G, good coverage');
    assert.equal(mobileWording(english, lifou).details[3], '5G: no coverage');
  });

  it('says plainly when no network reaches the spot', () => {
    assert.equal(mobileWording(french, []).summary, 'aucune couverture');
    assert.equal(mobileWording(english, []).summary, 'no coverage');
  });
});

describe('fibreWording', () => {
  it('says fibre is here, with its zone and date', () => {
    const words = fibreWording(
      french,
      {
        status: 'deployed',
        zone: {
          name: 'Zone FTTH Nouméa 03',
          status: 'deployed',
          plannedYear: 2020,
          deployedOn: '2021-03-05',
        },
        distanceM: 0,
      },
      km,
      date,
    );
    assert.deepEqual(words, {
      summary: 'disponible ici',
      details: ['Zone FTTH Nouméa 03, déployée le <2021-03-05>.'],
    });
  });

  it('gives the planned year, the stage, and how far deployed fibre is', () => {
    const fibre = {
      status: 'planned' as const,
      zone: { name: 'Zone FTTH Lifou 01', status: 'studies', plannedYear: 2029, deployedOn: null },
      distanceM: 8990,
    };
    assert.deepEqual(fibreWording(french, fibre, km, date), {
      summary: 'prévue pour 2029',
      details: ['Zone FTTH Lifou 01 : études en cours.', 'La fibre déployée la plus proche est à 8.99 km.'],
    });
    assert.equal(fibreWording(english, fibre, km, date).summary, 'planned for 2029');
  });

  it('says there is none, with the distance to fibre or that there is none near', () => {
    const none = { status: 'none' as const, zone: null, distanceM: 16_701 };
    assert.deepEqual(fibreWording(english, none, km, date), {
      summary: 'neither available nor planned here',
      details: ['The nearest deployed fibre is 16.701 km away.'],
    });
    assert.deepEqual(fibreWording(french, { ...none, distanceM: null }, km, date).details, [
      'Aucune zone fibrée à proximité.',
    ]);
  });
});

describe('schools and hours in words', () => {
  it("names a school's connection, and nothing for an unknown one", () => {
    assert.equal(schoolConnectionWording(french, 'dsl'), 'connectée en ADSL');
    assert.equal(schoolConnectionWording(english, 'none'), 'not connected');
    assert.equal(schoolConnectionWording(french, 'pigeon'), null);
    assert.equal(schoolConnectionWording(french, null), null);
  });

  it('says 24/7 in words and keeps other hours as given', () => {
    assert.equal(openingHoursWording(french, '24/7'), '24 h/24, 7 j/7');
    assert.equal(openingHoursWording(english, '08:00–18:00'), '08:00–18:00');
    assert.equal(openingHoursWording(english, ' '), null);
  });
});
