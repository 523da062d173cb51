// Acceptance at the counter (受理): the intake form, the pages captured for each material (by the
// SHA-256 of the archived page), the clerk's confirmation of what OCR read on each page, and an
// idempotency key so a double click accepts once.
import { z } from 'zod';
import type { OcrMaterialKind } from '../catalogue/catalogue.types';
import { idempotencyKeySchema } from './fields.schemas';
import { intakeFormSchema } from './intake.schemas';

const pageHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'page.hash_invalid');

export const capturedMaterialSchema = z.object({
  materialId: z.string().min(1, 'material.required'),
  pages: z.array(pageHashSchema).min(1, 'material.no_pages'),
});

export const OCR_MATERIAL_KINDS = [
  'id_card_front', 'id_card_back', 'bank_card', 'marriage_certificate', 'rental_contract',
  'hospital_invoice', 'discharge_summary', 'purchase_contract', 'property_certificate', 'other',
] as const satisfies readonly OcrMaterialKind[];

/** One field as the clerk let it stand or corrected it (the OCR value is on the server). */
export const confirmedFieldSchema = z.object({
  key: z.string().min(1).max(40),
  value: z.string().trim().max(500, 'field.too_long'),
});

/** A page of a material as the clerk confirmed it: the kind they assigned and every field's value. */
export const confirmedPageSchema = z.object({
  sha256: pageHashSchema,
  kind: z.enum(OCR_MATERIAL_KINDS),
  fields: z.array(confirmedFieldSchema).max(60).default([]),
});

export const counterMaterialSchema = capturedMaterialSchema
  .extend({ confirmed: z.array(confirmedPageSchema).default([]) })
  .refine((m) => m.confirmed.every((c) => m.pages.includes(c.sha256)), { message: 'page.confirmed_not_listed', path: ['confirmed'] });

export const counterAcceptInputSchema = z.object({
  form: intakeFormSchema,
  materials: z.array(counterMaterialSchema).default([]),
  idempotencyKey: idempotencyKeySchema,
});
export type CounterAcceptInput = z.output<typeof counterAcceptInputSchema>;
export type ConfirmedPage = z.output<typeof confirmedPageSchema>;
