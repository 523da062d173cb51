// Who the signed-in staff member is, with their office and bank window spelled out for the shell,
// and the server's limits the SPA checks before sending (the server stays the judge).
import type { Kysely } from 'kysely';
import type { Config } from '../../config/config';
import type { DB } from '../../db/schema';
import type { StaffActor } from '../../trpc/context';

export async function describeActor(db: Kysely<DB>, config: Pick<Config, 'UPLOAD_MAX_MB'>, actor: StaffActor) {
  const office = await db.selectFrom('offices').select(['id', 'name_zh', 'name_en']).where('id', '=', actor.officeId).executeTakeFirstOrThrow();
  const window = actor.windowId
    ? await db
        .selectFrom('bank_windows as w')
        .innerJoin('banks as b', 'b.id', 'w.bank_id')
        .select(['w.id', 'w.window_no', 'b.name_zh', 'b.name_en'])
        .where('w.id', '=', actor.windowId)
        .executeTakeFirst()
    : undefined;
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    office: { id: office.id, nameZh: office.name_zh, nameEn: office.name_en },
    window: window ? { id: window.id, windowNo: window.window_no, bankZh: window.name_zh, bankEn: window.name_en } : null,
    // A scan over the limit is refused at once instead of after its upload (UPLOAD_MAX_MB).
    limits: { uploadBytes: config.UPLOAD_MAX_MB * 1024 * 1024 },
  };
}
