// Bookable slots: every 15 minutes within the service's hours (or the office's 08:30–16:30), on
// working days (Monday–Friday), today and the next two weeks. A slot holds as many bookings as
// there are counters serving the service (at least one).
import type { SlotsResponse } from '@oss/shared';
import { businessDayOf, formatTime } from '@oss/shared';
import type { Queue } from '../queue/queue.js';
import type { ServiceRecord } from '../services/service-repo.js';
import type { BookingRepo } from './booking-repo.js';
import { hhmmOf, minutesOf, nextDay, weekday, zonedInstant } from './zoned-time.js';

const SLOT_MINUTES = 15;
const OFFICE_HOURS = { open: '08:30', close: '16:30' } as const;
const BOOKING_DAYS_AHEAD = 14;

export interface SlotsDeps {
  queue: Queue;
  bookings: BookingRepo;
  timeZone: string;
}

export function slotCapacity(queue: Queue, serviceId: number): number {
  return Math.max(1, queue.counters().filter((c) => c.serviceIds.includes(serviceId)).length);
}

/** The slot start times (HH:MM) of a service on any working day. */
function slotTimes(service: ServiceRecord): string[] {
  const open = minutesOf(service.openTime ?? OFFICE_HOURS.open);
  const close = minutesOf(service.closeTime ?? OFFICE_HOURS.close);
  const times: string[] = [];
  for (let m = open; m + SLOT_MINUTES <= close; m += SLOT_MINUTES) times.push(hhmmOf(m));
  return times;
}

const isWorkingDay = (day: string) => weekday(day) !== 0 && weekday(day) !== 6;

/** Working days from today, BOOKING_DAYS_AHEAD calendar days on. */
function bookingDays(now: Date, timeZone: string): string[] {
  const days: string[] = [];
  let day = businessDayOf(now, timeZone);
  for (let i = 0; i <= BOOKING_DAYS_AHEAD; i++, day = nextDay(day)) if (isWorkingDay(day)) days.push(day);
  return days;
}

export function listSlots({ queue, bookings, timeZone }: SlotsDeps, service: ServiceRecord, now: Date): SlotsResponse {
  const capacity = slotCapacity(queue, service.id);
  const times = slotTimes(service);
  const days = bookingDays(now, timeZone).map((date) => {
    const counts = bookings.countsBetween(
      service.id,
      zonedInstant(date, '00:00', timeZone),
      zonedInstant(nextDay(date), '00:00', timeZone),
    );
    const slots = times
      .map((t) => zonedInstant(date, t, timeZone))
      .filter((at) => at > now.getTime())
      .map((at) => ({
        at: new Date(at).toISOString(),
        time: formatTime(new Date(at), timeZone),
        capacity,
        available: Math.max(0, capacity - (counts.get(at) ?? 0)),
      }));
    return { date, slots };
  });
  return { serviceId: service.id, timeZone, days: days.filter((d) => d.slots.length > 0) };
}

/** Whether an instant is one of the service's slots (a listed day, on the grid, in the future). */
export function isSlot(service: ServiceRecord, at: number, now: Date, timeZone: string): boolean {
  if (at <= now.getTime()) return false;
  const day = businessDayOf(new Date(at), timeZone);
  if (!bookingDays(now, timeZone).includes(day)) return false;
  return slotTimes(service).some((t) => zonedInstant(day, t, timeZone) === at);
}
