// Every /api route the OpenAPI document describes, area by area (server/openapi/operations/).
// The drift check (route-drift.ts) holds this list to the routes the app registers.
import { accountOperations } from './operations/accounts.ts';
import { documentationOperations } from './operations/documentation.ts';
import { editingOperations } from './operations/editing.ts';
import { exchangeOperations } from './operations/exchanges.ts';
import { mapOperations } from './operations/maps.ts';
import type { ApiOperation } from './registry.ts';

export const apiOperations: readonly ApiOperation[] = [
  ...mapOperations,
  ...editingOperations,
  ...exchangeOperations,
  ...accountOperations,
  ...documentationOperations,
];
