// Inputs of the appointment procedures (Harbin model, mission items 13–14): availability per
// entrusted bank window, booking a slot, cancelling, and the supervisor's utilisation view.
// ID number and mobile arrive as typed strings: the API validates them against today's date and
// answers with their own codes (`id_number.check_digit`, `mobile.format`).
import { z } from 'zod';
import { BUSINESS_TYPE_CODES } from '../catalogue/business-type-codes';
import { calendarDateSchema, idempotencyKeySchema, personNameSchema } from './fields.schemas';
import { checklistAnswersSchema } from './intake.schemas';

/** Most working days one availability or utilisation request covers. */
export const APPOINTMENT_MAX_DAYS = 10;

const slotStartSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'appointment.slot_invalid');
const daysSchema = z.number().int('appointment.days_invalid').min(1, 'appointment.days_invalid').max(APPOINTMENT_MAX_DAYS, 'appointment.days_invalid');

export const appointmentAvailabilityInputSchema = z.object({
  officeId: z.string().min(1).optional(),
  businessType: z.enum(BUSINESS_TYPE_CODES),
  from: calendarDateSchema,
  days: daysSchema.default(APPOINTMENT_MAX_DAYS),
});
export type AppointmentAvailabilityInput = z.output<typeof appointmentAvailabilityInputSchema>;

export const appointmentBookInputSchema = z.object({
  idNumber: z.string().trim().min(1, 'id_number.format').max(32, 'id_number.format'),
  name: personNameSchema,
  mobile: z.string().trim().min(1, 'mobile.format').max(20, 'mobile.format'),
  businessType: z.enum(BUSINESS_TYPE_CODES),
  windowId: z.string().min(1, 'appointment.window_unknown'),
  date: calendarDateSchema,
  slotStart: slotStartSchema,
  answers: checklistAnswersSchema.default({}),
  idempotencyKey: idempotencyKeySchema,
});
export type AppointmentBookInput = z.output<typeof appointmentBookInputSchema>;

export const appointmentCancelInputSchema = z.object({
  bookingNo: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{8,32}$/, 'appointment.not_found'),
  idLast4: z.string().trim().toUpperCase().regex(/^\d{3}[\dX]$/, 'id_last4.invalid'),
});
export type AppointmentCancelInput = z.output<typeof appointmentCancelInputSchema>;

export const appointmentUtilisationInputSchema = z.object({
  from: calendarDateSchema,
  days: daysSchema.default(APPOINTMENT_MAX_DAYS),
});
export type AppointmentUtilisationInput = z.output<typeof appointmentUtilisationInputSchema>;
