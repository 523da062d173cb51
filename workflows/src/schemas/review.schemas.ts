// A reviewer's decision on a task, and the items of a return for supplement (一次性告知: the
// return lists everything missing at once, so it must list at least one thing).
import { z } from 'zod';
import type { Command } from '../lifecycle/application.commands';
import { idempotencyKeySchema } from './fields.schemas';

export const missingItemSchema = z
  .object({
    materialId: z.string().min(1).optional(),
    field: z.string().min(1).optional(),
    note: z.string().trim().max(500, 'comment.too_long').optional(),
  })
  .refine((i) => i.materialId !== undefined || i.field !== undefined || (i.note !== undefined && i.note !== ''), 'missing_item.empty');
export type MissingItemInput = z.infer<typeof missingItemSchema>;

const reasonCodeSchema = z.string().regex(/^[a-z_]+\.[a-z0-9_.]+$/, 'reason_code.invalid');

export const decideInputSchema = z
  .object({
    taskId: z.string().min(1, 'task.required'),
    version: z.number().int().nonnegative(),
    decision: z.enum(['approve', 'reject', 'return']),
    reasonCodes: z.array(reasonCodeSchema).default([]),
    comment: z.string().trim().max(2000, 'comment.too_long').optional(),
    missingItems: z.array(missingItemSchema).default([]),
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'reject' && d.reasonCodes.length === 0) ctx.addIssue({ code: 'custom', path: ['reasonCodes'], message: 'decide.reason_required' });
    if (d.decision === 'return' && d.missingItems.length === 0) ctx.addIssue({ code: 'custom', path: ['missingItems'], message: 'decide.missing_items_required' });
  });
export type DecideInput = z.output<typeof decideInputSchema>;

/** The lifecycle command for a parsed decision; the API passes it to `decide`. */
export function toLifecycleCommand(input: DecideInput): Command {
  const common = { expectedVersion: input.version, ...(input.comment === undefined ? {} : { comment: input.comment }) };
  switch (input.decision) {
    case 'approve':
      return { ...common, type: 'approve' };
    case 'reject':
      return { ...common, type: 'reject', reasonCodes: input.reasonCodes };
    case 'return':
      return { ...common, type: 'return_for_supplement', missingItems: input.missingItems };
  }
}
