// The calendar the application starts with: every notice we hold. An admin adds the next year
// with `withYearNotice` when the State Council publishes it (usually in November).
import { notice2025, notice2026 } from './holidays-2025-2026';
import { createWorkingCalendar } from './working-calendar';

export const chinaCalendar = createWorkingCalendar([notice2025, notice2026]);
