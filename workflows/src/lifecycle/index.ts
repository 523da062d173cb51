// Public entry of lifecycle/: the application state machine and its guards.
export * from './application.types';
export * from './application.commands';
export * from './application.machine';
export * from './application.open';
export { STEP_ROLE, TRANSITIONS, commandsAllowedIn } from './transitions';
