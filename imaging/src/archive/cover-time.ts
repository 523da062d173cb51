// The cover is read by people at the center, so the capture time is printed as Beijing wall-clock
// time (the XMP keeps the machine-readable UTC instant).
const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

export function coverTime(instant: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes): string => BEIJING.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}（北京时间）`;
}
