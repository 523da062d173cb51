// The sign-in form's state and submission. The shared zod schema checks the form before it is
// sent (same codes as the server), and a submission in flight blocks a second one.
import { loginInputSchema } from '@onetrip/workflows';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTRPC } from '../../../lib/trpc';
import { replaceSession } from '../auth.queries';

type Field = 'username' | 'password';

export function useSignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  // A ref, not `isPending`: two Enter presses can land before React re-renders the button.
  const inFlight = useRef(false);

  const mutation = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (me) => replaceSession(queryClient, { status: 'signed-in', me }),
      onError: () => {
        setPassword('');
        passwordRef.current?.focus();
      },
      onSettled: () => {
        inFlight.current = false;
      },
    }),
  );

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (inFlight.current) return;
    const parsed = loginInputSchema.safeParse({ username, password });
    if (!parsed.success) {
      const errors: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'username' || field === 'password') && !errors[field]) errors[field] = `errors.${issue.message}`;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    inFlight.current = true;
    mutation.reset();
    mutation.mutate(parsed.data);
  }

  return {
    username,
    password,
    setUsername,
    setPassword,
    passwordRef,
    fieldErrors,
    submit,
    pending: mutation.isPending,
    error: mutation.error,
  };
}
