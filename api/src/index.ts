// The API package's public entry: the router type for the SPA, and the app factory for tests and bench.
export type { AppRouter } from './app.router';
export type { CapturedPage } from './modules/capture/capture-pages.service';
export { buildApp } from './http/server';
export { loadConfig } from './config/config';
export { openDatabase } from './db/database';
export { migrate } from './db/migrate';
