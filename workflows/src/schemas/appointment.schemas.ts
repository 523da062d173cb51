// Booking a counter visit (Harbin model: pick a bank window and a slot; the booking lists the
// materials to bring) and the public progress query.
import { z } from 'zod';
import { BUSINESS_TYPE_CODES } from '../catalogue/business-type-codes';
import { checklistAnswersSchema, applicantSchema } from './intake.schemas';
import { calendarDateSchema, idempotencyKeySchema } from './fields.schemas';

export const appointmentBookingSchema = z.object({
  businessType: z.enum(BUSINESS_TYPE_CODES),
  branchId: z.string().min(1, 'appointment.branch_required'),
  date: calendarDateSchema,
  /** Slot start, local time HH:MM. */
  slot: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'appointment.slot_invalid'),
  applicant: applicantSchema,
  answers: checklistAnswersSchema.default({}),
  idempotencyKey: idempotencyKeySchema,
});
export type AppointmentBooking = z.output<typeof appointmentBookingSchema>;

export const progressQuerySchema = z.object({
  receiptNo: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{6,32}$/, 'receipt_no.invalid'),
  idLast4: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{3}[\dX]$/, 'id_last4.invalid'),
});
export type ProgressQuery = z.output<typeof progressQuerySchema>;
