import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ExportMenu } from '../../../ui/ExportMenu';
import { BoardTable } from '../components/BoardTable';
import { CaseList } from '../components/CaseList';
import { SlaTiles } from '../components/SlaTiles';
import { boardTable } from '../exports/supervision-tables';
import { useBoardFilter } from '../hooks/use-board-filter';
import { useOfficeNames } from '../hooks/use-office-names';
import { useBoardQuery } from '../supervision.queries';

const DIMENSIONS = ['byStep', 'byBusinessType', 'byOffice'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** The SLA board: what will breach, where work piles up, and the applications behind each number. */
export function SupervisionHomePage() {
  const { t } = useTranslation();
  const board = useBoardQuery();
  const officeName = useOfficeNames();
  const { filter, open, close } = useBoardFilter();
  const [dimension, setDimension] = useState<Dimension>('byStep');

  const keyFilter = (key: string) => (dimension === 'byStep' ? { step: key } : dimension === 'byBusinessType' ? { businessType: key } : { officeId: key });
  const label = (key: string) =>
    dimension === 'byStep'
      ? t(`supervision.steps.${key}`, { defaultValue: key })
      : dimension === 'byBusinessType'
        ? t(`supervision.businessTypes.${key}`, { defaultValue: key })
        : officeName(key);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1">{t('supervision.board.title')}</Typography>
        {board.data && (
          <Typography color="text.secondary" data-testid="board-dates">
            {t('supervision.board.dates', { today: board.data.today, next: board.data.nextWorkingDay, open: board.data.totals.open })}
          </Typography>
        )}
      </Box>
      {board.error && <ErrorNotice error={board.error} onRetry={() => void board.refetch()} />}
      {board.isPending && !board.error && <LinearProgress aria-label={t('app.loading')} />}
      {board.data && (
        <>
          <SlaTiles board={board.data} onOpen={open} />
          {filter && <CaseList filter={filter} onClose={close} />}
          <Box>
            <Box sx={{ display: 'flex', alignItems: 'center' }}>
              <Tabs value={dimension} onChange={(_, v: Dimension) => setDimension(v)} aria-label={t('supervision.board.dimensions')} sx={{ flex: 1 }}>
                {DIMENSIONS.map((d) => (
                  <Tab key={d} value={d} label={t(`supervision.board.${d}`)} data-testid={`dim-${d}`} />
                ))}
              </Tabs>
              <ExportMenu build={() => boardTable(board.data, dimension, t, label)} testId="board-export" />
            </Box>
            <BoardTable
              lines={board.data[dimension]}
              ageBands={board.data.ageBands}
              keyFilter={keyFilter}
              label={label}
              onOpen={open}
              testId={`board-${dimension}`}
            />
          </Box>
        </>
      )}
    </Box>
  );
}
