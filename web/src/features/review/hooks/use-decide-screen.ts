// Everything the decide screen does: the application, who holds the task, claim / release,
// the three decisions with their dialogs, what follows a decision, and the keyboard.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { findBusinessType } from '@onetrip/workflows';
import { useMe } from '../../auth/hooks/use-session';
import { autoChecksOf, returnableMaterials } from '../application-view';
import { readPagesOf } from '../page-fields';
import { queuePath } from '../queue-return';
import { useApplicationQuery } from '../review.queries';
import { useAutoNext } from './use-auto-next';
import { useClaimNext, useClaimTask, useReleaseTask } from './use-claim';
import { useDecide } from './use-decide';
import { useMaterialViewer } from './use-material-viewer';
import { useShortcuts } from './use-shortcuts';

export type DialogKind = 'approve' | 'reject' | 'return' | 'help' | null;

export function useDecideScreen() {
  const { taskId = '' } = useParams();
  const [params] = useSearchParams();
  const applicationId = params.get('app');
  const me = useMe();
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const application = useApplicationQuery(applicationId);
  const detail = application.data ?? null;
  const readPages = useMemo(() => (detail ? readPagesOf(detail) : []), [detail]);
  const viewer = useMaterialViewer(readPages, i18n.language);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const { autoNext, setAutoNext } = useAutoNext();
  const next = useClaimNext();
  const claim = useClaimTask(applicationId ?? '');
  const release = useReleaseTask(applicationId ?? '');

  const task = detail?.task && detail.task.id === taskId ? detail.task : null;
  const mine = task?.status === 'claimed' && task.assignee?.id === me.id;
  const isLoan = detail ? findBusinessType(detail.businessType)?.category === 'loan' : false;

  const decide = useDecide({ taskId, version: detail?.version ?? 0, applicationId: applicationId ?? '' }, (result) => {
    setDialog(null);
    // A loan's final approval stays on screen: the approval letter appears here.
    if (result.status === 'approved' && isLoan) return;
    if (autoNext) next.claimNext();
  }, () => setDialog(null));

  const open = useCallback(
    (kind: Exclude<DialogKind, null>) => {
      if (kind === 'help' || mine) {
        decide.reset();
        setDialog(kind);
      }
    },
    [mine, decide],
  );

  useShortcuts(
    {
      n: next.claimNext,
      c: () => task && !mine && claim.claim(task.id),
      a: () => open('approve'),
      r: () => open('return'),
      x: () => open('reject'),
      ArrowRight: viewer.next,
      j: viewer.next,
      ArrowLeft: viewer.previous,
      k: viewer.previous,
      '+': viewer.zoomIn,
      '=': viewer.zoomIn,
      '-': viewer.zoomOut,
      '0': viewer.fit,
      o: viewer.rotate,
      q: () => void navigate(queuePath()),
      '?': () => open('help'),
    },
    dialog === null,
  );

  const failedCodes = useMemo(() => (detail ? autoChecksOf(detail).checks.flatMap((c) => c.failures.map((f) => f.code)) : []), [detail]);
  const materials = useMemo(() => (detail ? returnableMaterials(detail) : []), [detail]);

  return {
    taskId,
    applicationId,
    application,
    detail,
    viewer,
    task,
    mine,
    isLoan,
    dialog,
    open,
    close: () => setDialog(null),
    decide,
    claim,
    release,
    next,
    autoNext,
    setAutoNext,
    failedCodes,
    materials,
    backToQueue: () => void navigate(queuePath()),
  };
}
