// Runs a TypeScript entry file as a plain child `node` process (tsx as an import hook, resolved
// from this package so the caller's working directory does not matter). One process, not tsx's
// CLI wrapper: a SIGKILL sent to the child really kills the code under test.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function spawnTypeScript(entry: string, options: SpawnOptions): ChildProcess {
  return spawn(process.execPath, ['--import', TSX_LOADER, entry], options);
}
