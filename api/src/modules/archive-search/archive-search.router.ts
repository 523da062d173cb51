// Archive search for case workers: applications whose archived pages contain a phrase.
import { z } from 'zod';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { searchArchive } from './archive-search.query';

export const archiveSearchInput = z.object({
  phrase: z.string().trim().min(2).max(100),
  limit: z.number().int().min(1).max(50).default(20),
});

export const archiveRouter = router({
  search: staffProcedure('case.read').input(archiveSearchInput).query(({ ctx, input }) => searchArchive(ctx.database.db, input.phrase, { limit: input.limit })),
});
