// An in-process app over a fresh database of one backend, loaded with a fixture: for API tests.
import { after, before } from 'node:test';
import type { Backend } from '../../db/connection.ts';
import { seedDatabase } from '../../db/seed.ts';
import type { SampleData } from '../../geodata/sample-data.ts';
import { createApp } from '../../server/app.ts';
import { openTestDatabase, type TestDatabase } from './databases.ts';

export interface ApiUnderTest {
  db: TestDatabase;
  request(path: string, init?: RequestInit): Promise<Response>;
  json<T = unknown>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
}

/** Registers before/after hooks in the current suite; the returned object is live once they ran. */
export function useApi(backend: Backend, data?: () => SampleData): ApiUnderTest {
  const api = {} as ApiUnderTest;
  before(async () => {
    const db = await openTestDatabase(backend, data ? 'migrated' : 'seeded');
    if (data) await seedDatabase(db, data());
    const { app } = createApp(db);
    api.db = db;
    api.request = async (path, init) => app.request(path, init);
    api.json = async <T>(path: string) => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as T, headers: res.headers };
    };
  });
  after(async () => {
    await api.db?.dispose();
  });
  return api;
}
