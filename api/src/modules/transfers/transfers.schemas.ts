// Inputs of the supervisor's transfer procedures.
import { z } from 'zod';

export const requestActionInput = z.object({
  applicationId: z.string().min(1).max(64),
  action: z.enum(['retry', 'reverse']),
  /** Why the money goes back to the account; required for a reversal (the application records them). */
  reasonCodes: z.array(z.string().min(1).max(40)).max(10).default([]),
});
export type RequestActionInput = z.infer<typeof requestActionInput>;

export const requestIdInput = z.object({ requestId: z.string().regex(/^\d{1,18}$/) });
