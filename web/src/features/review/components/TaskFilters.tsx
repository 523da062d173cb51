import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessTypeName } from '../review-format';
import { SLA_FILTERS, STEPS, type BusinessTypeCode, type QueueFilters, type SlaFilter, type StepCode } from '../task-filters';

interface Props {
  filters: QueueFilters;
  /** Business types that have a queue now, plus any already chosen. */
  businessTypes: readonly BusinessTypeCode[];
  onChange: (patch: Partial<QueueFilters>) => void;
}

const ANY = '';

export function TaskFilters({ filters, businessTypes, onChange }: Props) {
  const { t, i18n } = useTranslation();
  // The search is sent on Enter or when the field is left, not on every key.
  const [search, setSearch] = useState(filters.search);
  const [shownSearch, setShownSearch] = useState(filters.search);
  if (filters.search !== shownSearch) {
    setShownSearch(filters.search);
    setSearch(filters.search);
  }
  const commitSearch = () => {
    if (search.trim() !== filters.search) onChange({ search: search.trim() });
  };

  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }} role="search" aria-label={t('review.filters.label')}>
      <TextField
        select
        size="small"
        label={t('review.filters.step')}
        value={filters.steps}
        onChange={(e) => onChange({ steps: e.target.value as unknown as StepCode[] })}
        slotProps={{ select: { multiple: true, renderValue: (v) => (v as StepCode[]).map((s) => t(`review.steps.${s}`)).join('、') } }}
        sx={{ minWidth: 150 }}
      >
        {STEPS.map((s) => (
          <MenuItem key={s} value={s}>{t(`review.steps.${s}`)}</MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('review.filters.businessType')}
        value={filters.businessTypes}
        onChange={(e) => onChange({ businessTypes: e.target.value as unknown as BusinessTypeCode[] })}
        slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).map((c) => businessTypeName(c, i18n.language)).join('、') } }}
        sx={{ minWidth: 200, maxWidth: 320 }}
      >
        {businessTypes.map((c) => (
          <MenuItem key={c} value={c}>{businessTypeName(c, i18n.language)}</MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label={t('review.filters.sla')} value={filters.sla ?? ANY} onChange={(e) => onChange({ sla: (e.target.value || null) as SlaFilter | null })} sx={{ minWidth: 140 }}>
        <MenuItem value={ANY}>{t('review.filters.any')}</MenuItem>
        {SLA_FILTERS.map((s) => (
          <MenuItem key={s} value={s}>{t(`review.sla.${s}`)}</MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('review.filters.assignee')}
        value={filters.assignee ?? ANY}
        onChange={(e) => onChange({ assignee: (e.target.value || null) as QueueFilters['assignee'] })}
        sx={{ minWidth: 140 }}
      >
        <MenuItem value={ANY}>{t('review.filters.any')}</MenuItem>
        <MenuItem value="me">{t('review.filters.mine')}</MenuItem>
        <MenuItem value="unassigned">{t('review.filters.unassigned')}</MenuItem>
      </TextField>
      <TextField
        size="small"
        label={t('review.filters.search')}
        placeholder={t('review.filters.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onBlur={commitSearch}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitSearch();
        }}
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
        sx={{ minWidth: 300 }}
      />
    </Box>
  );
}
