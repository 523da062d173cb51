import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { localizedName } from '../../../lib/localized-name';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ExportMenu } from '../../../ui/ExportMenu';
import { SlotHeatmap } from '../components/SlotHeatmap';
import { UtilisationSummary, type Selection } from '../components/UtilisationSummary';
import { slotsTable, summaryTable } from '../exports/utilisation-tables';
import { slotGrid } from '../utilisation-grid';
import { useUtilisationQuery } from '../utilisation.queries';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const beijingToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** How full the booking windows are over ten working days, and who did not come; the view is in the URL. */
export function UtilisationPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const from = DAY.test(params.get('from') ?? '') ? params.get('from')! : beijingToday();
  const q = useUtilisationQuery(from);
  const data = q.data;
  const officeParam = params.get('office');
  const selection: Selection | null = data?.offices.length
    ? { officeId: data.offices.some((o) => o.officeId === officeParam) ? officeParam! : data.offices[0]!.officeId, windowId: params.get('window') }
    : null;
  const setView = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const grid = useMemo(() => (data && selection ? slotGrid(data, selection.officeId, selection.windowId) : null), [data, selection?.officeId, selection?.windowId]);
  const office = data?.offices.find((o) => o.officeId === selection?.officeId);
  const windowOf = office?.windows.find((w) => w.windowId === selection?.windowId);
  const heading = office
    ? `${localizedName(i18n.language, office.nameZh, office.nameEn)} · ${windowOf ? t('utilisation.windowName', { no: windowOf.windowNo, bank: localizedName(i18n.language, windowOf.bankZh, windowOf.bankEn) }) : t('utilisation.allWindows')}`
    : '';

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="h1">{t('utilisation.title')}</Typography>
      <Typography color="text.secondary">{t('utilisation.hint')}</Typography>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          label={t('utilisation.from')}
          type="date"
          value={from}
          onChange={(e) => e.target.value && setView({ from: e.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'utilisation-from' } }}
          sx={{ width: 170 }}
        />
        <Button onClick={() => setView({ from: null })} disabled={!params.has('from')}>{t('utilisation.today')}</Button>
        {data && data.days.length > 0 && (
          <Typography color="text.secondary" data-testid="utilisation-days">
            {data.days[0]} – {data.days.at(-1)}
          </Typography>
        )}
      </Box>
      {q.error && <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />}
      {q.isFetching && <LinearProgress aria-label={t('app.loading')} />}
      {data?.notPublishedFrom && <Alert severity="info">{t('utilisation.notPublished', { date: data.notPublishedFrom })}</Alert>}
      {data && data.offices.length === 0 && <Typography color="text.secondary">{t('utilisation.none')}</Typography>}
      {data && selection && grid && (
        <>
          <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
              <Typography variant="h2" data-testid="utilisation-heading">{heading}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>{t('utilisation.legend')}</Typography>
              <ExportMenu build={() => slotsTable(data, t, i18n.language)} testId="utilisation-slots-export" />
            </Box>
            <SlotHeatmap grid={grid} days={data.days} />
          </Paper>
          <Paper variant="outlined">
            <Box sx={{ display: 'flex', alignItems: 'center', px: 2, pt: 1.5 }}>
              <Typography variant="h2" sx={{ flex: 1 }}>{t('utilisation.byOffice')}</Typography>
              <ExportMenu build={() => summaryTable(data, t, i18n.language)} testId="utilisation-export" />
            </Box>
            <UtilisationSummary data={data} selected={selection} onSelect={(s) => setView({ office: s.officeId, window: s.windowId })} />
          </Paper>
        </>
      )}
    </Box>
  );
}
