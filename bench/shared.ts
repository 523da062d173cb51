// Fixtures that several suites of one `pnpm bench` run use (the 1,000,000-application database
// takes minutes to load: it is loaded once). A suite asks for one by key; run.ts disposes of them
// all after the last suite.
const fixtures = new Map<string, Promise<{ value: unknown; dispose: () => Promise<void> }>>();

export async function sharedFixture<T>(key: string, create: () => Promise<{ value: T; dispose: () => Promise<void> }>): Promise<T> {
  let entry = fixtures.get(key);
  if (!entry) {
    entry = create();
    fixtures.set(key, entry);
  }
  return (await entry).value as T;
}

export async function disposeSharedFixtures(): Promise<void> {
  for (const [key, entry] of fixtures) {
    fixtures.delete(key);
    const created = await entry.catch(() => null);
    await created?.dispose();
  }
}
