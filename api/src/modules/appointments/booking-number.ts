// Booking numbers (预约号): the visit date plus six random characters. Random rather than a
// sequence because, with the last four ID digits, the number is what cancels a booking: it
// must not be guessable from a neighbour's. The alphabet leaves out 0/O and 1/I, which people
// misread when they type it from an SMS.
import { randomInt } from 'node:crypto';
import type { CalendarDate } from '@onetrip/workflows';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `draw(n)` is an integer in [0, n): crypto for real bookings, the seed's own stream for demo data. */
export function newBookingNo(date: CalendarDate, draw: (n: number) => number = randomInt): string {
  let tail = '';
  for (let i = 0; i < 6; i++) tail += ALPHABET[draw(ALPHABET.length)];
  return `YY${date.replaceAll('-', '')}${tail}`;
}
