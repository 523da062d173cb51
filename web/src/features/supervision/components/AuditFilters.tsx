import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../supervision.queries';

const FIELDS = ['applicationId', 'idNumber', 'staffId', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];

/** The audit search form; empty fields are left out, so an empty form shows the newest events. */
export function AuditFilters({ onSearch }: { onSearch: (f: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ applicationId: '', idNumber: '', staffId: '', from: '', to: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    for (const k of FIELDS) if (values[k].trim()) f[k] = values[k].trim();
    onSearch(f as AuditFilter);
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }} role="search">
      {FIELDS.map((k) => (
        <TextField
          key={k}
          size="small"
          label={t(`supervision.audit.filters.${k}`)}
          type={k === 'from' || k === 'to' ? 'date' : 'text'}
          value={values[k]}
          onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `audit-${k}` } }}
          sx={{ width: k === 'from' || k === 'to' ? 160 : 200 }}
        />
      ))}
      <Button type="submit" variant="contained" data-testid="audit-search">{t('supervision.audit.search')}</Button>
    </Box>
  );
}
