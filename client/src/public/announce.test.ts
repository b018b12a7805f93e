import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import fr from '../locales/public.fr.json' with { type: 'json' };
import { announce, type AnnouncedState } from './announce.ts';
import type { HereAnswer, NearestAnswer } from './public-api.ts';
import type { PublicFormat } from './usePublicFormat.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { fr: { translation: { public: fr } } },
  lng: 'fr',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const t = i18n.getFixedT('fr');
const format: PublicFormat = {
  distance: (metres) => `${metres} m`,
  date: (iso) => iso,
  dateTime: (iso) => iso,
  count: String,
};

const terminal = {
  id: 62,
  siteName: 'Médiathèque de Poindimié',
  distanceM: 317,
} as NearestAnswer['terminals'][number];
const answer = {
  origin: { lon: 165.3342, lat: -20.938 },
  onIsland: true,
  terminals: [terminal],
  unavailable: [],
};
const place = { kind: 'position' as const, lon: 165.3342, lat: -20.938, label: null };
const idleHere = { status: 'loading' as const, data: null, error: null };
const state: AnnouncedState = {
  locating: false,
  mode: 'nearest',
  here: idleHere,
  nearest: { place, status: 'ready', shown: { place, answer, savedAt: null }, error: null, answers: 1 },
};

describe('announce', () => {
  it('says the search is going on while locating', () => {
    assert.equal(announce(t, format, 'fr', { ...state, locating: true }), 'Localisation en cours…');
  });

  it('gives the count and the nearest terminal with its distance', () => {
    assert.equal(
      announce(t, format, 'fr', state),
      '1 borne Wi-Fi en service trouvée. La plus proche : Médiathèque de Poindimié, à 317 m.',
    );
  });

  it('says when no terminal is found, and nothing before anything was asked', () => {
    const none = { ...state.nearest, shown: { place, answer: { ...answer, terminals: [] }, savedAt: null } };
    assert.equal(
      announce(t, format, 'fr', { ...state, nearest: none }),
      'Aucune borne Wi-Fi en service trouvée.',
    );
    assert.equal(announce(t, format, 'fr', { ...state, nearest: { ...state.nearest, shown: null } }), '');
  });

  it('gives the gist of a spot: fibre and mobile; at sea, the API message in the language', () => {
    const here = {
      where: 'land',
      message: null,
      fibre: { status: 'none', zone: null },
      coverage: { distanceFibreM: 1200 },
      mobile: [{ technology: '4g', level: 'good' }],
    } as unknown as HereAnswer;
    const ready = { status: 'ready' as const, data: here, error: null };
    assert.equal(
      announce(t, format, 'fr', { ...state, mode: 'here', here: ready }),
      'Que puis-je avoir ici ? Fibre : ni disponible ni prévue ici. Réseau mobile : 4G, bonne couverture.',
    );
    const sea = { ...here, where: 'sea', message: { fr: 'En mer.', en: 'At sea.' } } as HereAnswer;
    assert.equal(
      announce(t, format, 'en', { ...state, mode: 'here', here: { ...ready, data: sea } }),
      'At sea.',
    );
  });
});
