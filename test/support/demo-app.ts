/**
 * The setup every e2e file shares, in one place rather than repeated in each file: the built web
 * app, the demo network in the suite's Neo4j, the server on a free port and headless Chromium,
 * with page openers and one teardown.
 */
import type { Browser } from 'playwright-core';
import type { Database } from '../../server/src/db/database.ts';
import { ensureWebBuilt } from '../../server/src/http/web-build.ts';
import { loadDemoNetwork, startAppServer, type AppServer } from './app-server.ts';
import { launchBrowser, openPage, signInThroughForm, type AppPage } from './browser.ts';
import { testDatabase } from './database.ts';

export interface DemoApp {
  db: Database;
  app: AppServer;
  browser: Browser;
  /** A fresh page (its own context) at `hash`, e.g. '#/network?area=area-cardiff'. */
  open: (hash: string, options?: { lang?: 'en' | 'cy' }) => Promise<AppPage>;
  /** A fresh page signed in through the app's form as `user`, then at `hash`. */
  openSignedIn: (user: { email: string; password: string }, hash: string) => Promise<AppPage>;
  /** Closes the browser, the server and the database connection, in that order. */
  close: () => Promise<void>;
}

/** Starts the demo app; if a step fails, what had already started is closed before the error is rethrown. */
export async function startDemoApp(): Promise<DemoApp> {
  ensureWebBuilt();
  let db: Database | undefined;
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
  };
  try {
    db = testDatabase();
    await loadDemoNetwork(db);
    app = await startAppServer(db);
    browser = await launchBrowser();
  } catch (error) {
    await close();
    throw error;
  }
  const started = { db, app, browser };
  return {
    ...started,
    open: async (hash, options = {}) => {
      const opened = await openPage(started.browser, options);
      await opened.page.goto(`${started.app.url}/${hash}`);
      return opened;
    },
    openSignedIn: async (user, hash) => {
      const opened = await openPage(started.browser);
      await signInThroughForm(opened.page, started.app.url, user, hash);
      return opened;
    },
    close,
  };
}
