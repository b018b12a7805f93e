import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  communeSlug,
  EMBED_DEFAULT_LAYERS,
  findCommune,
  isEmbedPath,
  readEmbedQuery,
  resolveEmbed,
} from './embed-params.ts';

const catalogue = [
  'communes',
  'fibre-zones',
  'fibre-cables',
  'mobile-sites',
  'po-boxes',
  'wifi-terminals',
  'schools',
].map((id) => ({ id }));
const communes = [
  { insee: '98811', name: 'Koné' },
  { insee: '98809', name: 'Île des Pins' },
  { insee: '98810', name: 'Kaala-Gomen' },
  { insee: '98818', name: 'Nouméa' },
];

const resolve = (search: string) =>
  resolveEmbed(readEmbedQuery(new URLSearchParams(search)), catalogue, communes);
const ids = (layers: readonly { id: string }[]) => layers.map((layer) => layer.id);

describe('the embed address', () => {
  it('is /embed, with or without a trailing slash, and nothing else', () => {
    assert.equal(isEmbedPath('/embed'), true);
    assert.equal(isEmbedPath('/embed/'), true);
    assert.equal(isEmbedPath('/embedded'), false);
    assert.equal(isEmbedPath('/commune/98811'), false);
  });

  it('reads a commune by its INSEE code, the layers named in order, and the language', () => {
    const resolved = resolve('commune=98811&layers=schools,fibre-zones&lang=en');
    assert.ok(resolved.ok);
    assert.equal(resolved.commune.name, 'Koné');
    assert.deepEqual(ids(resolved.layers), ['schools', 'fibre-zones']);
    assert.equal(resolved.lang, 'en');
  });

  it('shows the default layers in French when the link names only the commune', () => {
    const resolved = resolve('commune=98818');
    assert.ok(resolved.ok);
    assert.deepEqual(ids(resolved.layers), [...EMBED_DEFAULT_LAYERS]);
    assert.equal(resolved.lang, 'fr');
  });

  it('names each layer once, whatever spaces or empty entries the link holds', () => {
    const resolved = resolve('commune=98818&layers=schools,, schools ,po-boxes,');
    assert.ok(resolved.ok);
    assert.deepEqual(ids(resolved.layers), ['schools', 'po-boxes']);
  });

  it('finds a commune by its name in the spellings a website uses', () => {
    for (const spelling of ['Koné', 'kone', 'KONE', ' kone ']) {
      assert.equal(findCommune(spelling.trim(), communes)?.insee, '98811', spelling);
    }
    for (const spelling of ['ile-des-pins', 'Île des Pins', 'ILE_DES_PINS']) {
      assert.equal(findCommune(spelling, communes)?.insee, '98809', spelling);
    }
    assert.equal(communeSlug('Kaala-Gomen'), 'kaala-gomen');
    assert.equal(communeSlug('Île des Pins'), 'ile-des-pins');
  });

  it('finds no commune for a code or a name it does not know, nor for a part of a name', () => {
    assert.equal(findCommune('98899', communes), undefined);
    assert.equal(findCommune('9881', communes), undefined);
    assert.equal(findCommune('kon', communes), undefined);
    assert.equal(findCommune('---', communes), undefined);
  });

  it('says the commune is missing when the link names none, or an empty one', () => {
    for (const search of ['layers=schools', 'commune=&layers=schools', 'commune=%20']) {
      const resolved = resolve(search);
      assert.equal(resolved.ok, false, search);
      assert.deepEqual(!resolved.ok && resolved.problems, [{ kind: 'missingCommune' }], search);
    }
  });

  it('names the commune it does not know, cut short when long', () => {
    const resolved = resolve('commune=Paris');
    assert.deepEqual(!resolved.ok && resolved.problems, [{ kind: 'unknownCommune', value: 'Paris' }]);
    const long = resolve(`commune=${'x'.repeat(500)}`);
    const problem = !long.ok ? long.problems[0] : undefined;
    assert.equal(problem?.kind, 'unknownCommune');
    assert.ok(problem?.kind === 'unknownCommune' && problem.value.length <= 41, 'quoted in full');
  });

  it('names every layer it does not know, and refuses a link that names none', () => {
    const unknown = resolve('commune=98811&layers=schools,roads,Schools');
    assert.deepEqual(!unknown.ok && unknown.problems, [
      { kind: 'unknownLayers', values: ['roads', 'Schools'], known: ids(catalogue) },
    ]);
    const none = resolve('commune=98811&layers=,');
    assert.deepEqual(!none.ok && none.problems, [{ kind: 'noLayers' }]);
  });

  it('refuses a language other than fr and en, and then speaks French', () => {
    const resolved = resolve('commune=98811&lang=de');
    assert.equal(resolved.lang, 'fr');
    assert.deepEqual(!resolved.ok && resolved.problems, [{ kind: 'badLanguage', value: 'de' }]);
  });

  it('lists every problem of a link at once, in the language asked for', () => {
    const resolved = resolve('commune=nowhere&layers=roads&lang=en');
    assert.equal(resolved.lang, 'en');
    assert.deepEqual(!resolved.ok && resolved.problems.map((problem) => problem.kind), [
      'unknownCommune',
      'unknownLayers',
    ]);
  });
});
