// Which pages register the service worker: every view of the app, never the embed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registersServiceWorker } from './service-worker-registration.ts';

test('the app views register the service worker, the embed does not', () => {
  for (const path of ['/', '/commune/98818', '/ici', '/import', '/donnees', '/embedded-maps'])
    assert.equal(registersServiceWorker(path), true, path);
  for (const path of ['/embed', '/embed/']) assert.equal(registersServiceWorker(path), false, path);
});
