import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { useFormatLeaf } from '../hooks/use-format-leaf';

type Parameter = RouterOutputs['settings']['policy']['parameters'][number];
const STATE_COLOR = { past: 'default', in_force: 'success', scheduled: 'info' } as const;

/** A parameter's dated values, newest first: the past is listed, never editable. */
export function PolicyTimeline({ parameter }: { parameter: Parameter }) {
  const { t, i18n } = useTranslation();
  const { summary } = useFormatLeaf();
  return (
    <Table size="small" aria-label={t('settings.policy.timeline')} data-testid="policy-timeline">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 110 }}>{t('settings.policy.from')}</TableCell>
          <TableCell sx={{ width: 100 }}>{t('settings.policy.state')}</TableCell>
          <TableCell>{t('settings.policy.value')}</TableCell>
          <TableCell sx={{ width: 260 }}>{t('settings.policy.origin')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...parameter.entries].reverse().map((e) => (
          <TableRow key={e.from} sx={e.state === 'past' ? { '& td': { color: 'text.secondary' } } : undefined}>
            <TableCell>{e.from}</TableCell>
            <TableCell>
              <Chip size="small" color={STATE_COLOR[e.state]} label={t(`settings.state.${e.state}`)} />
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{summary(parameter.key, e.value, parameter.entries[0]?.value)}</TableCell>
            <TableCell sx={{ fontSize: 12, wordBreak: 'break-word' }}>
              {e.changedBy && e.changedAt ? t('settings.policy.changedBy', { name: e.changedBy, at: formatShanghaiDateTime(e.changedAt, i18n.language) }) : e.source}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
