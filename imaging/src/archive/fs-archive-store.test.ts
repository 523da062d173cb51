import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveStoreContract } from './archive-store.contract';
import { createFsArchiveStore, makeWritable } from './fs-archive-store';

archiveStoreContract('filesystem', {
  makeStore: async () => createFsArchiveStore(await mkdtemp(join(tmpdir(), 'onetrip-archive-'))),
  corrupt: async (store, sha) => {
    const path = (store as ReturnType<typeof createFsArchiveStore>).pathOf(sha);
    const bytes = await readFile(path);
    bytes[0] = bytes[0]! ^ 0x01;
    await makeWritable(path);
    await writeFile(path, bytes);
  },
});
