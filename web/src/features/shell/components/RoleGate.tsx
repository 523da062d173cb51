import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useMe } from '../../auth/hooks/use-session';
import { homePathFor, mayOpen, type PagePath } from '../nav';

/** A page outside the role's menu sends the person to their own landing page. */
export function RoleGate({ path, children }: { path: PagePath; children: ReactNode }) {
  const me = useMe();
  if (!mayOpen(me.role, path)) return <Navigate to={homePathFor(me.role)} replace />;
  return children;
}

export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={homePathFor(me.role)} replace />;
}
