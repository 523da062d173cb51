// What the API returns, derived from its router type (web imports api/ only as types).
import type { AppRouter } from '@onetrip/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type Me = RouterOutputs['auth']['me'];
export type Role = Me['role'];
export type StaffAccount = RouterOutputs['admin']['staff'][number];
export type Office = RouterOutputs['org']['offices'][number];
