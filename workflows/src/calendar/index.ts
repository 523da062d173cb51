export * from './calendar-date';
export * from './calendar-months';
export * from './working-calendar';
export * from './holidays-2025-2026';
export * from './china-calendar';
export * from './sla-clock';
