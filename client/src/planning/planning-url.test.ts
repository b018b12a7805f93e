import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { noPlanningState, parsePlanningHash, planningHashParts } from './planning-url.ts';

const parse = (hash: string) => parsePlanningHash(new URLSearchParams(hash));

describe('parsePlanningHash', () => {
  it('reads every choice of the Planning view', () => {
    assert.deepEqual(
      parse('indicator=po-boxes-per-1000&tech=mobile&commune=98818&year=2019&wz=1&rollout=0&place=school-12'),
      {
        indicator: 'po-boxes-per-1000',
        technology: 'mobile',
        commune: '98818',
        year: 2019,
        whiteZones: true,
        rollout: false,
        place: 'school-12',
      },
    );
  });

  it('says nothing for what the hash does not say', () => {
    assert.deepEqual(parse(''), noPlanningState);
  });

  for (const [hash, key] of [
    ['indicator=population', 'indicator'],
    ['tech=5g', 'technology'],
    ['commune=75001', 'commune'],
    ['year=20', 'year'],
    ['year=2020.5', 'year'],
    ['wz=yes', 'whiteZones'],
    ['place=mast-3', 'place'],
    ['place=school-', 'place'],
  ] as const) {
    it(`ignores the unknown or malformed "${hash}"`, () => {
      assert.equal(parse(hash)[key], null);
    });
  }
});

describe('planningHashParts', () => {
  it('writes nothing for the defaults', () => {
    assert.deepEqual(planningHashParts(noPlanningState), []);
  });

  it('writes what reads back the same', () => {
    const state = {
      indicator: 'uncovered-population' as const,
      technology: 'fibre' as const,
      commune: '98805',
      year: 2030,
      whiteZones: false,
      rollout: true,
      place: 'settlement-47',
    };
    const parts = planningHashParts(state);
    assert.deepEqual(parts, [
      'indicator=uncovered-population',
      'tech=fibre',
      'commune=98805',
      'year=2030',
      'wz=0',
      'rollout=1',
      'place=settlement-47',
    ]);
    assert.deepEqual(parse(parts.join('&')), state);
  });
});
