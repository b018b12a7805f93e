// One app server and one browser per test file: registers the suite's before/after hooks and
// hands back the running pair (live once `before` has run).
import { after, before } from 'node:test';
import { startAppServer, type AppServerOptions, type RunningApp } from '../support/app-server.ts';
import { ensureClientBuilt } from './client-build.ts';
import { launchBrowser, type TestBrowser } from './playwright-helper.ts';

export interface AppSession {
  app: RunningApp;
  browser: TestBrowser;
}

export function useAppSession(options: AppServerOptions = {}): AppSession {
  const session = {} as AppSession;
  before(async () => {
    await ensureClientBuilt();
    session.app = await startAppServer(options);
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  return session;
}
