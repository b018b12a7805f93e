import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choropleth, NO_DATA_COLOR } from './choropleth.ts';
import { indicators } from './indicators.ts';
import type { CommuneFigures } from './planning-api.ts';

function commune(insee: string, population: number, fibreCovered: number): CommuneFigures {
  const covered = (n: number) => ({ covered: n, share: population === 0 ? 0 : n / population });
  return {
    insee,
    name: `Commune ${insee}`,
    province: 'SUD',
    population,
    fibre: covered(fibreCovered),
    g4: covered(population),
    mobile: covered(population),
    premisesPassed: 0,
    wifiTerminalsActive: 0,
    poBoxes: 0,
    poBoxesPer1000: 0,
    schoolsByConnection: { fibre: 0, dsl: 0, '4g': 0, satellite: 0, none: 0 },
  };
}

const communes = [
  commune('98801', 1_000, 0),
  commune('98802', 2_000, 500),
  commune('98803', 3_000, 3_000),
  commune('98804', 10_000, 2_000),
  commune('98805', 40_000, 1_000),
];

describe('choropleth', () => {
  it('colours the uncovered population of each commune for the chosen technology', () => {
    const map = choropleth(communes, indicators['uncovered-population'], 'fibre');
    assert.deepEqual(
      [...map.values.entries()],
      [
        ['98801', 1_000],
        ['98802', 1_500],
        ['98803', 0],
        ['98804', 8_000],
        ['98805', 39_000],
      ],
    );
    assert.equal(map.classes.length, 5);
    assert.deepEqual(
      map.classes.map((c) => c.communes),
      [1, 1, 1, 1, 1],
    );
    const expression = map.fillColor as unknown[];
    assert.deepEqual(expression.slice(0, 2), ['match', ['get', 'insee']]);
    assert.equal(expression.at(-1), NO_DATA_COLOR);
    // The darkest colour goes to the commune with the most people left out.
    assert.equal(expression[expression.indexOf('98805') + 1], map.classes.at(-1)?.color);
  });

  it('has no class when there is no commune', () => {
    const map = choropleth([], indicators['fibre-share'], 'fibre');
    assert.deepEqual(map.classes, []);
    assert.equal(map.fillColor, NO_DATA_COLOR);
  });
});
