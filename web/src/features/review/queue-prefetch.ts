// Whether the queue route's loader asks for the queue's data before the page renders.
import type { Session } from '../auth/auth.queries';
import { mayOpen, PATHS } from '../shell/nav';

/**
 * On a cold start the session is not known yet: its check and the queue's data leave together (one
 * batch, one round trip; a refusal for someone else is harmless, RoleGate sends them home). Once
 * the session is known, only someone who may open the queue asks.
 */
export function prefetchesQueue(session: Session | undefined): boolean {
  if (!session) return true;
  return session.status === 'signed-in' && mayOpen(session.me.role, PATHS.reviewHome);
}
