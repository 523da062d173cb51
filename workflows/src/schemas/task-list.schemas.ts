// Task-queue filters, sort and keyset cursor. The cursor is the last row's sort value and id,
// so a page is stable while tasks are added (no OFFSET drift).
import { z } from 'zod';
import { BUSINESS_TYPE_CODES } from '../catalogue/business-type-codes';
import { calendarDateSchema } from './fields.schemas';

export const TASK_SORT_FIELDS = ['due', 'accepted_at', 'amount'] as const;

export const taskCursorSchema = z.object({
  after: z.union([z.string(), z.number()]),
  id: z.string().min(1),
});

export const taskListInputSchema = z
  .object({
    steps: z.array(z.enum(['review_1', 'review_2', 'approval', 'approval_extra'])).optional(),
    businessTypes: z.array(z.enum(BUSINESS_TYPE_CODES)).optional(),
    sla: z.enum(['on_track', 'at_risk', 'breached', 'paused']).optional(),
    assignee: z.union([z.literal('me'), z.literal('unassigned'), z.string().min(1)]).optional(),
    branchId: z.string().min(1).optional(),
    acceptedFrom: calendarDateSchema.optional(),
    acceptedTo: calendarDateSchema.optional(),
    search: z.string().trim().max(64).optional(),
    sort: z.object({ field: z.enum(TASK_SORT_FIELDS), dir: z.enum(['asc', 'desc']) }).default({ field: 'due', dir: 'asc' }),
    limit: z.number().int().min(1, 'page.limit_invalid').max(100, 'page.limit_invalid').default(50),
    cursor: taskCursorSchema.optional(),
  })
  .refine((f) => !f.acceptedFrom || !f.acceptedTo || f.acceptedFrom <= f.acceptedTo, { path: ['acceptedTo'], message: 'date.range_inverted' });
export type TaskListInput = z.output<typeof taskListInputSchema>;
