// The HTML rendering shows text from data as text: tags are escaped and only http(s) links
// become anchors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlPage } from './html.ts';

test('values, keys and titles are escaped', () => {
  const page = htmlPage('<b>title</b>', { '<k>': '<script>alert(1)</script>', n: 'a & "b"' });
  assert.doesNotMatch(page, /<script|<b>|<k>/);
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(page, /a &amp; &quot;b&quot;/);
});

test('links are anchors, but only to http(s)', () => {
  const page = htmlPage('links', {
    links: [
      { href: 'http://localhost/ogc', rel: 'self', type: 'application/json', title: 'Home' },
      { href: 'javascript:alert(1)', rel: 'alternate', title: 'x' },
    ],
  });
  assert.match(page, /<a href="http:\/\/localhost\/ogc">Home<\/a>/);
  assert.doesNotMatch(page, /javascript:/);
});

test('features become a table of their properties', () => {
  const page = htmlPage('items', {
    features: [{ id: 7, geometry: { type: 'Point' }, properties: { name: '<i>Koné</i>', status: 'active' } }],
  });
  assert.match(page, /<th>id<\/th><th>name<\/th><th>status<\/th>/);
  assert.match(page, /<td>7<\/td><td>&lt;i&gt;Koné&lt;\/i&gt;<\/td><td>active<\/td>/);
});
