// The cover is read by people at the center, so the capture time is printed as Beijing wall-clock
// time (the XMP keeps the machine-readable UTC instant).
import { shanghaiDate, shanghaiMinuteOfDay } from '@onetrip/workflows';

export function coverTime(instant: Date): string {
  const minute = shanghaiMinuteOfDay(instant);
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `${shanghaiDate(instant)} ${hhmm}（北京时间）`;
}
