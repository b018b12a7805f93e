import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { metresPerPixel, scaleBar } from './report-scale.ts';

describe('metresPerPixel', () => {
  it('is about 78 km per pixel at the equator at zoom 0, and halves with each zoom', () => {
    assert.equal(Math.round(metresPerPixel(0, 0)), 78_272);
    assert.equal(metresPerPixel(0, 1), metresPerPixel(0, 0) / 2);
  });

  it('shrinks with the latitude: at Koné (21° S) by cos 21°', () => {
    assert.ok(
      Math.abs(metresPerPixel(-21, 10) / metresPerPixel(0, 10) - Math.cos((21 * Math.PI) / 180)) < 1e-12,
    );
  });
});

describe('scaleBar', () => {
  it('picks 1, 2 or 5 times a power of ten, at most a quarter of the width', () => {
    // 800 px at 25 m/px: 20 km across, 5 km wanted.
    assert.deepEqual(scaleBar(25, 800), { metres: 5_000, share: 0.25 });
    // 800 px at 12 m/px: 9.6 km across, 2.4 km wanted → 2 km.
    assert.deepEqual(scaleBar(12, 800), { metres: 2_000, share: 2_000 / 9_600 });
    // 1000 px at 0.5 m/px: 500 m across, 125 m wanted → 100 m.
    assert.deepEqual(scaleBar(0.5, 1000), { metres: 100, share: 0.2 });
  });

  it('never draws a bar longer than asked, nor shorter than 40 % of it', () => {
    for (let metresPerPx = 0.3; metresPerPx < 5_000; metresPerPx *= 1.37) {
      const bar = scaleBar(metresPerPx, 900);
      assert.ok(
        bar && bar.share <= 0.25 + 1e-12 && bar.share >= 0.1 - 1e-12,
        `${metresPerPx}: ${bar?.share}`,
      );
    }
  });

  it('has nothing to draw for a picture of no width', () => {
    assert.equal(scaleBar(25, 0), null);
    assert.equal(scaleBar(Number.NaN, 800), null);
  });
});
