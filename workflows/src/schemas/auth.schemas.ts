// Staff sign-in form, shared by the SPA's form and the API's procedure. Messages are codes the
// SPA translates (`errors.<code>`).
import { z } from 'zod';

export const loginInputSchema = z.object({
  username: z.string().trim().min(1, 'auth.username_required').max(64, 'auth.username_required'),
  password: z.string().min(1, 'auth.password_required').max(256, 'auth.password_required'),
});
export type LoginInput = z.infer<typeof loginInputSchema>;
