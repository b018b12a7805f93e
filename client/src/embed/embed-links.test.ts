import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUrlState } from '../url-state.ts';
import { embedSnippet, embedUrl, fullMapUrl } from './embed-links.ts';
import { readEmbedQuery } from './embed-params.ts';

const ORIGIN = 'https://carte.example.nc';
const target = { insee: '98811', layers: ['fibre-zones', 'schools'], lang: 'fr' as const };

/** The attributes of the one element of an HTML snippet, entities decoded (the few the snippet may hold). */
function attributesOf(html: string): Record<string, string> {
  const decode = (text: string) =>
    text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return Object.fromEntries(
    [...html.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, decode(value)]),
  );
}

describe('the embed links', () => {
  it('name the commune by its code, the layers and the language', () => {
    assert.equal(
      embedUrl(ORIGIN, target),
      'https://carte.example.nc/embed?commune=98811&layers=fibre-zones,schools&lang=fr',
    );
  });

  it('read back as what they were made from', () => {
    const url = new URL(embedUrl(ORIGIN, { ...target, lang: 'en' }));
    assert.deepEqual(readEmbedQuery(url.searchParams), {
      commune: '98811',
      layers: ['fibre-zones', 'schools'],
      lang: 'en',
    });
  });

  it('make one iframe with its address, size, title and lazy loading', () => {
    const snippet = embedSnippet({ origin: ORIGIN, target, title: 'Carte des infrastructures — Koné' });
    assert.match(snippet, /^<iframe [^<>]*><\/iframe>$/);
    assert.deepEqual(attributesOf(snippet), {
      src: 'https://carte.example.nc/embed?commune=98811&layers=fibre-zones,schools&lang=fr',
      width: '600',
      height: '450',
      title: 'Carte des infrastructures — Koné',
      loading: 'lazy',
      style: 'border:0',
    });
    assert.doesNotMatch(snippet, /&(?!amp;|quot;|lt;|gt;)/, 'a bare & in the HTML');
  });

  it('keep a title with quotes and angle brackets inside its attribute', () => {
    const snippet = embedSnippet({
      origin: ORIGIN,
      target,
      title: 'Carte "<b>Koné</b>" & co',
      width: 320,
      height: 240,
    });
    assert.equal((snippet.match(/</g) ?? []).length, 2, 'one opening and one closing tag');
    const attributes = attributesOf(snippet);
    assert.equal(attributes.title, 'Carte "<b>Koné</b>" & co');
    assert.equal(attributes.width, '320');
    assert.equal(attributes.height, '240');
  });

  it('open the full map with the same layers and language, where the frame looks', () => {
    const view = { zoom: 10.5, lat: -21.05, lon: 164.86 };
    const state = parseUrlState(new URL(fullMapUrl(ORIGIN, ['schools'], 'en', view)));
    assert.equal(state.screen, null);
    assert.deepEqual(state.layers, ['schools']);
    assert.equal(state.lang, 'en');
    assert.deepEqual(state.view, view);
    assert.ok(fullMapUrl(ORIGIN, ['schools'], 'fr', null).startsWith(`${ORIGIN}/#`));
  });
});
