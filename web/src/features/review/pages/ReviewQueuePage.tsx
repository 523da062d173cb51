import KeyboardIcon from '@mui/icons-material/Keyboard';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { QueueCards } from '../components/QueueCards';
import { SavedViewsMenu } from '../components/SavedViewsMenu';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { TaskFilters } from '../components/TaskFilters';
import { TaskGrid } from '../components/TaskGrid';
import { useClaimNext } from '../hooks/use-claim';
import { useQueueState } from '../hooks/use-queue-state';
import { useShortcuts } from '../hooks/use-shortcuts';
import { useTaskPage } from '../hooks/use-task-page';
import { rememberQueueSearch, taskPath } from '../queue-return';
import { useQueuesQuery } from '../review.queries';
import type { BusinessTypeCode } from '../task-filters';

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queues = useQueuesQuery();
  const { state, page, setFilters, nextPage, previousPage, firstPage, search } = useQueueState();
  const tasks = useTaskPage(state);
  const next = useClaimNext();
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => rememberQueueSearch(search), [search]);
  // Once the list is shown, the decide screen's code is fetched while the reviewer reads it, so
  // claim next waits for the server only (the router's lazy route finds the module loaded).
  const listShown = tasks.rows.length > 0;
  useEffect(() => {
    if (listShown) void import('./DecidePage');
  }, [listShown]);
  useShortcuts({ n: next.claimNext, '?': () => setHelpOpen(true) }, !helpOpen);

  const businessTypes = [...new Set([...(queues.data ?? []).map((q) => q.businessType as BusinessTypeCode), ...state.businessTypes])];
  const selectedQueue = state.steps.length === 1 && state.businessTypes.length === 1 ? { step: state.steps[0]!, businessType: state.businessTypes[0]! } : null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ mr: 'auto' }}>{t('review.title')}</Typography>
        <SavedViewsMenu current={state} onApply={setFilters} />
        <Tooltip title={t('review.shortcuts.title')}>
          <IconButton onClick={() => setHelpOpen(true)} aria-label={t('review.shortcuts.title')}>
            <KeyboardIcon />
          </IconButton>
        </Tooltip>
        <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={next.claimNext} loading={next.pending} loadingPosition="start" aria-keyshortcuts="N">
          {t('review.claimNext')} <Box component="kbd" sx={{ ml: 1, opacity: 0.8, fontFamily: 'monospace' }}>N</Box>
        </Button>
      </Box>
      {next.error && <ErrorNotice error={next.error} />}
      {queues.error && <ErrorNotice error={queues.error} onRetry={() => void queues.refetch()} />}
      {queues.data && (
        <QueueCards
          queues={queues.data}
          selected={selectedQueue}
          onSelect={(q) =>
            setFilters(
              selectedQueue?.step === q.step && selectedQueue.businessType === q.businessType
                ? { steps: [], businessTypes: [] }
                : { steps: [q.step as (typeof state.steps)[number]], businessTypes: [q.businessType as BusinessTypeCode] },
            )
          }
        />
      )}
      <TaskFilters filters={state} businessTypes={businessTypes} onChange={setFilters} />
      {tasks.error && <ErrorNotice error={tasks.error} onRetry={tasks.retry} />}
      <Box sx={{ flex: 1, minHeight: 360 }}>
        <TaskGrid
          rows={tasks.rows}
          loading={tasks.loading}
          page={page}
          pageSize={state.limit}
          hasNextPage={tasks.nextCursor !== null}
          sort={state.sort}
          placeKey={search}
          onPage={(direction, pageSize) => {
            if (pageSize !== state.limit) setFilters({ limit: pageSize });
            else if (direction === 'next' && tasks.nextCursor) nextPage(tasks.nextCursor);
            else if (direction === 'previous') previousPage();
            else firstPage();
          }}
          onSort={(sort) => setFilters({ sort })}
          onOpen={(row) => void navigate(taskPath(row.taskId, row.applicationId))}
        />
      </Box>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <Snackbar open={next.empty} autoHideDuration={4000} onClose={next.reset} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="info" variant="filled" role="status">{t('review.nothingToClaim')}</Alert>
      </Snackbar>
    </Box>
  );
}
