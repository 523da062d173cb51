import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterInputs } from '../../../lib/api-types';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useFormatLeaf } from '../hooks/use-format-leaf';
import { dayAfter, fromDisplay, orderedLeaves, toDisplay, withLeaves } from '../policy-values';
import { useChangePolicyMutation } from '../settings.queries';

type ChangeInput = RouterInputs['settings']['changePolicy'];

/**
 * Schedules a new value from a date on, starting from the latest value (the numbers an
 * administrator can change; words such as "per household" are kept). The server refuses a date
 * before today; the date field does not offer one either.
 */
export function PolicyChangeForm({ paramKey, latest, reference, today }: { paramKey: ChangeInput['key']; latest: unknown; reference: unknown; today: string }) {
  const { t } = useTranslation();
  const { label } = useFormatLeaf();
  const numeric = orderedLeaves(paramKey, latest, reference).filter((l) => typeof l.value === 'number');
  const [from, setFrom] = useState(dayAfter(today));
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(numeric.map((l) => [l.id, String(toDisplay(l.unit, l.value as number))])));
  const change = useChangePolicyMutation();
  const invalid = from < today || numeric.some((l) => typed[l.id] === '' || !Number.isFinite(Number(typed[l.id])));

  const submit = () => {
    const stored = new Map(numeric.map((l) => [l.id, fromDisplay(l.unit, Number(typed[l.id]))]));
    change.mutate({ key: paramKey, from, value: withLeaves(latest, stored) } as ChangeInput);
  };

  return (
    <Box component="form" onSubmit={(e) => { e.preventDefault(); submit(); }} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }} aria-label={t('settings.policy.changeTitle')}>
      <Typography variant="h3">{t('settings.policy.changeTitle')}</Typography>
      <Typography variant="body2" color="text.secondary">{t('settings.policy.changeHint')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        <TextField
          label={t('settings.policy.from')}
          type="date"
          size="small"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ htmlInput: { min: today, 'data-testid': 'change-from' }, inputLabel: { shrink: true } }}
          sx={{ width: 170 }}
        />
        {numeric.map((l) => (
          <TextField
            key={l.id}
            label={`${label(paramKey, l)}${l.unit === 'plain' ? '' : ` (${t(`settings.unitName.${l.unit}`)})`}`}
            type="number"
            size="small"
            value={typed[l.id] ?? ''}
            onChange={(e) => setTyped((s) => ({ ...s, [l.id]: e.target.value }))}
            slotProps={{ htmlInput: { step: 'any', min: 0, 'data-testid': `leaf-${l.id}` } }}
            sx={{ width: 200 }}
          />
        ))}
      </Box>
      {change.error && <ErrorNotice error={change.error} />}
      {change.isSuccess && <Alert severity="success" role="status">{t('settings.policy.scheduled', { date: change.variables.from })}</Alert>}
      <Box>
        <Button type="submit" variant="contained" disabled={invalid || change.isPending}>
          {t('settings.policy.schedule')}
        </Button>
      </Box>
    </Box>
  );
}
