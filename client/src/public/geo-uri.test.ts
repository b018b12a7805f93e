import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionsUrl, geoUri, platformOf } from './geo-uri.ts';

describe('geoUri', () => {
  it('puts latitude first, then longitude, in the point and the query', () => {
    assert.equal(
      geoUri(-20.936905, 165.331389, 'Mairie'),
      'geo:-20.936905,165.331389?q=-20.936905,165.331389(Mairie)',
    );
  });

  it('percent-encodes the label, accents and spaces included', () => {
    assert.equal(
      geoUri(-20.936905, 165.331389, 'Médiathèque de Poindimié'),
      'geo:-20.936905,165.331389?q=-20.936905,165.331389(M%C3%A9diath%C3%A8que%20de%20Poindimi%C3%A9)',
    );
  });

  it('encodes parentheses and other reserved marks inside the label', () => {
    const uri = geoUri(-21, 165, "Maison commune (Tribu d'Ina) & co");
    assert.equal(uri, 'geo:-21,165?q=-21,165(Maison%20commune%20%28Tribu%20d%27Ina%29%20%26%20co)');
    assert.equal(uri.match(/[()]/g)?.length, 2, 'only the pair around the label');
  });

  it('keeps at most six decimals of a coordinate', () => {
    assert.equal(geoUri(-20.93800000001, 165.33420049, 'A'), 'geo:-20.938,165.3342?q=-20.938,165.3342(A)');
  });

  it('leaves the label out when there is none', () => {
    assert.equal(geoUri(-21.5, 167.2, '  '), 'geo:-21.5,167.2?q=-21.5,167.2');
  });
});

describe('platformOf', () => {
  it('tells Android, iPhone, iPad (even as "Macintosh" with touch) and desktops apart', () => {
    assert.equal(platformOf('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile'), 'android');
    assert.equal(platformOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)'), 'ios');
    assert.equal(platformOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 5), 'ios');
    assert.equal(platformOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 0), 'desktop');
    assert.equal(platformOf('Mozilla/5.0 (X11; Linux x86_64) Chrome/140'), 'desktop');
  });
});

describe('directionsUrl', () => {
  const to = { lat: -20.936905, lon: 165.331389, label: 'Mairie (Poindimié)' };
  const from = { lat: -20.938, lon: 165.3342 };

  it('is the geo: URI on Android', () => {
    assert.equal(directionsUrl('android', { to, from }), geoUri(to.lat, to.lon, to.label));
  });

  it('is Apple Maps directions on foot from the reader on iOS', () => {
    const url = new URL(directionsUrl('ios', { to, from }));
    assert.equal(url.origin, 'https://maps.apple.com');
    assert.equal(url.searchParams.get('daddr'), '-20.936905,165.331389');
    assert.equal(url.searchParams.get('saddr'), '-20.938,165.3342');
    assert.equal(url.searchParams.get('dirflg'), 'w');
    assert.equal(url.searchParams.get('q'), 'Mairie (Poindimié)');
  });

  it('is OpenStreetMap directions on foot on a desktop', () => {
    const url = new URL(directionsUrl('desktop', { to, from }));
    assert.equal(url.origin + url.pathname, 'https://www.openstreetmap.org/directions');
    assert.equal(url.searchParams.get('engine'), 'fossgis_osrm_foot');
    assert.equal(url.searchParams.get('route'), '-20.938,165.3342;-20.936905,165.331389');
  });

  it('across the sea, only shows the place: no walking directions anywhere but Android’s pin', () => {
    const ios = new URL(directionsUrl('ios', { to, from, walk: false }));
    assert.equal(ios.searchParams.get('daddr'), null);
    assert.equal(ios.searchParams.get('ll'), '-20.936905,165.331389');
    const desktop = new URL(directionsUrl('desktop', { to, from, walk: false }));
    assert.equal(desktop.pathname, '/');
    assert.equal(desktop.searchParams.get('mlat'), '-20.936905');
  });
});
