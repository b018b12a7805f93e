import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geoUri } from './geo-uri.ts';

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
