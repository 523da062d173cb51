import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useOfficesQuery } from '../../supervision/supervision.queries';
import type { ThroughputFilter } from '../throughput.queries';

const ALL = '__all__';

export function ThroughputFilters({ filter, onChange }: { filter: ThroughputFilter; onChange: (patch: Partial<ThroughputFilter>) => void }) {
  const { t, i18n } = useTranslation();
  const offices = useOfficesQuery();
  const date = (key: 'from' | 'to') => (
    <TextField
      label={t(`throughput.${key}`)}
      type="date"
      size="small"
      value={filter[key]}
      onChange={(e) => e.target.value && onChange({ [key]: e.target.value })}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `throughput-${key}` } }}
      sx={{ width: 170 }}
    />
  );
  return (
    <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
      {date('from')}
      {date('to')}
      <ToggleButtonGroup exclusive size="small" value={filter.by} onChange={(_, v: 'day' | 'week' | null) => v && onChange({ by: v })} aria-label={t('throughput.by')}>
        <ToggleButton value="day">{t('throughput.byDay')}</ToggleButton>
        <ToggleButton value="week">{t('throughput.byWeek')}</ToggleButton>
      </ToggleButtonGroup>
      <TextField select size="small" label={t('throughput.office')} value={filter.officeId ?? ALL} onChange={(e) => onChange({ officeId: e.target.value === ALL ? undefined : e.target.value })} sx={{ width: 200 }}>
        <MenuItem value={ALL}>{t('throughput.allOffices')}</MenuItem>
        {(offices.data ?? []).map((o) => (
          <MenuItem key={o.id} value={o.id}>{localizedName(i18n.language, o.nameZh, o.nameEn)}</MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
