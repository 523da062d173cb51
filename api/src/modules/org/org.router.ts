// The center's organisation as the shell and the counter need it: offices and their bank windows.
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';

export const orgRouter = router({
  offices: staffProcedure('session.self').query(async ({ ctx }) => {
    const db = ctx.database.db;
    const [offices, windows] = await Promise.all([
      db.selectFrom('offices').selectAll().orderBy('id').execute(),
      db
        .selectFrom('bank_windows as w')
        .innerJoin('banks as b', 'b.id', 'w.bank_id')
        .select(['w.id', 'w.office_id', 'w.window_no', 'b.id as bank_id', 'b.name_zh', 'b.name_en'])
        .orderBy('w.office_id')
        .orderBy('w.window_no')
        .execute(),
    ]);
    return offices.map((o) => ({
      id: o.id,
      nameZh: o.name_zh,
      nameEn: o.name_en,
      address: o.address,
      windows: windows
        .filter((w) => w.office_id === o.id)
        .map((w) => ({ id: w.id, windowNo: w.window_no, bankId: w.bank_id, bankZh: w.name_zh, bankEn: w.name_en })),
    }));
  }),
});
