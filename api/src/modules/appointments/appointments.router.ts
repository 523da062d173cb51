// Appointments (mission items 13–14): public availability, booking and cancelling; the
// counter's day, check-in and done; the supervisors' utilisation.
import { z } from 'zod';
import { appointmentAvailabilityInputSchema, appointmentBookInputSchema, appointmentCancelInputSchema, appointmentUtilisationInputSchema } from '@onetrip/workflows';
import { publicProcedure, staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { appointmentAvailability } from './availability.query';
import { bookAppointment } from './booking.service';
import { cancelAppointment } from './cancel.service';
import { checkIn, markDone } from './counter-visit.service';
import { limitCaller } from './public-limits';
import { todaysAppointments } from './today.query';
import { appointmentUtilisation } from './utilisation.query';

const appointmentId = z.string().min(1, 'appointment.not_found');

export const appointmentsRouter = router({
  availability: publicProcedure.input(appointmentAvailabilityInputSchema).query(({ ctx, input }) => appointmentAvailability(ctx, input)),
  book: publicProcedure.input(appointmentBookInputSchema).mutation(async ({ ctx, input }) => {
    await limitCaller(ctx, 'book', ctx.clientIp);
    return bookAppointment(ctx, input);
  }),
  cancel: publicProcedure.input(appointmentCancelInputSchema).mutation(async ({ ctx, input }) => {
    await limitCaller(ctx, 'cancel', ctx.clientIp);
    return cancelAppointment(ctx, input);
  }),
  today: staffProcedure('counter.work').query(({ ctx }) => todaysAppointments(ctx, ctx.actor)),
  checkIn: staffProcedure('counter.work')
    .input(z.object({ appointmentId }))
    .mutation(({ ctx, input }) => checkIn(ctx, ctx.actor, input.appointmentId)),
  markDone: staffProcedure('counter.work')
    .input(z.object({ appointmentId, applicationId: z.string().min(1, 'appointment.application_mismatch') }))
    .mutation(({ ctx, input }) => markDone(ctx, ctx.actor, input)),
  utilisation: staffProcedure('supervision.view').input(appointmentUtilisationInputSchema).query(({ ctx, input }) => appointmentUtilisation(ctx, input)),
});
