// The map's list of editable layers is the server's, no more, no fewer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EDITABLE_LAYERS } from '../../../server/edits/layer-payloads.ts';
import { EDITABLE_LAYER_IDS } from './editable-layers.ts';

describe('editable layers', () => {
  it('are the layers the server takes edits of', () => {
    assert.deepEqual([...EDITABLE_LAYER_IDS].sort(), [...EDITABLE_LAYERS].sort());
  });
});
