// Inputs of the supervision procedures (the SPA gets the types through the router).
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const boardCasesInput = z.object({
  step: z.string().min(1).max(40).optional(),
  businessType: z.string().min(1).max(60).optional(),
  officeId: z.string().min(1).max(40).optional(),
  /** forecast = due today or on the next working day and unclaimed; open = everything not paused */
  sla: z.enum(['on_track', 'due_today', 'at_risk', 'breached', 'paused', 'forecast', 'open']).optional(),
  ageBand: z.number().int().min(0).max(3).optional(),
  cursor: z.object({ dueOn: day, id: z.string().min(1) }).nullish(),
  limit: z.number().int().min(1).max(500).default(50),
});
export type BoardCasesInput = z.infer<typeof boardCasesInput>;

export const auditSearchInput = z.object({
  applicationId: z.string().trim().min(1).max(64).optional(),
  /** resident ID number of the applicant (their applications and their person record) */
  idNumber: z.string().trim().min(15).max(18).optional(),
  staffId: z.string().trim().min(1).max(64).optional(),
  from: day.optional(),
  /** inclusive */
  to: day.optional(),
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(500).default(50),
});
export type AuditSearchInput = z.infer<typeof auditSearchInput>;

export const reassignInput = z.object({ taskIds: z.array(z.string().min(1)).min(1).max(200), toStaffId: z.string().min(1).nullable() });

export const throughputInput = z.object({
  from: day,
  /** inclusive */
  to: day,
  by: z.enum(['day', 'week']).default('day'),
  officeId: z.string().min(1).max(40).optional(),
});
export type ThroughputInput = z.infer<typeof throughputInput>;
