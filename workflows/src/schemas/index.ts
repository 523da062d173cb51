// Public entry of schemas/: zod schemas shared by the API and the SPA.
export * from './auth.schemas';
export * from './fields.schemas';
export * from './intake.schemas';
export * from './review.schemas';
export * from './appointment.schemas';
export * from './task-list.schemas';
export * from './counter.schemas';
export * from './appointments.schemas';
