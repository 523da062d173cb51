// "After a decision, take the next task": a reviewer's own habit, kept on this workstation.
import { useCallback, useState } from 'react';

const KEY = 'onetrip.review.autoNext';

export function useAutoNext() {
  const [autoNext, setState] = useState(() => localStorage.getItem(KEY) !== 'false');
  const setAutoNext = useCallback((on: boolean) => {
    localStorage.setItem(KEY, String(on));
    setState(on);
  }, []);
  return { autoNext, setAutoNext };
}
