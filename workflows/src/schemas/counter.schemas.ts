// Acceptance at the counter (受理): the intake form, the pages captured for each material (by the
// SHA-256 of the archived page), and an idempotency key so a double click accepts once.
import { z } from 'zod';
import { idempotencyKeySchema } from './fields.schemas';
import { intakeFormSchema } from './intake.schemas';

export const capturedMaterialSchema = z.object({
  materialId: z.string().min(1, 'material.required'),
  pages: z.array(z.string().regex(/^[0-9a-f]{64}$/, 'page.hash_invalid')).min(1, 'material.no_pages'),
});

export const counterAcceptInputSchema = z.object({
  form: intakeFormSchema,
  materials: z.array(capturedMaterialSchema).default([]),
  idempotencyKey: idempotencyKeySchema,
});
export type CounterAcceptInput = z.output<typeof counterAcceptInputSchema>;
