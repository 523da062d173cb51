import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterInputs } from '../../../lib/api-types';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { usePolicyQuery } from '../settings.queries';
import { ParameterList } from './ParameterList';
import { PolicyChangeForm } from './PolicyChangeForm';
import { PolicyTimeline } from './PolicyTimeline';

/** Parameters on the left, the chosen one's timeline and its next change on the right. */
export function PolicyPanel() {
  const { t } = useTranslation();
  const policy = usePolicyQuery();
  const [selected, setSelected] = useState('rentWithdrawal');
  if (policy.error) return <ErrorNotice error={policy.error} onRetry={() => void policy.refetch()} />;
  if (!policy.data) return <LinearProgress aria-label={t('app.loading')} />;
  const parameter = policy.data.parameters.find((p) => p.key === selected) ?? policy.data.parameters[0]!;
  const latest = parameter.entries.at(-1)?.value;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '380px 1fr', gap: 2, minHeight: 0, flex: 1 }}>
      <ParameterList parameters={policy.data.parameters} selected={parameter.key} onSelect={setSelected} />
      <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, overflow: 'auto' }}>
        <Box>
          <Typography variant="h2">{t(`settings.param.${parameter.key}`)}</Typography>
          <Typography variant="body2" color="text.secondary">{t('settings.policy.today', { date: policy.data.today })}</Typography>
        </Box>
        <PolicyTimeline parameter={parameter} />
        {parameter.editable ? (
          <PolicyChangeForm key={parameter.key} paramKey={parameter.key as RouterInputs['settings']['changePolicy']['key']} latest={latest} reference={parameter.entries[0]?.value} today={policy.data.today} />
        ) : (
          <Typography variant="body2" color="text.secondary">{t('settings.policy.readOnlyHint')}</Typography>
        )}
      </Paper>
    </Box>
  );
}
