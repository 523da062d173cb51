import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { useFormatLeaf } from '../hooks/use-format-leaf';

type Parameter = RouterOutputs['settings']['policy']['parameters'][number];

/** Every parameter with the value in force today; those an administrator may change come first. */
export function ParameterList({ parameters, selected, onSelect }: { parameters: readonly Parameter[]; selected: string; onSelect: (key: string) => void }) {
  const { t } = useTranslation();
  const { summary } = useFormatLeaf();
  const ordered = [...parameters].sort((a, b) => Number(b.editable) - Number(a.editable));
  return (
    <Paper variant="outlined" sx={{ overflow: 'auto' }}>
      <List dense disablePadding aria-label={t('settings.policy.parameters')}>
        {ordered.map((p) => {
          const inForce = p.entries.find((e) => e.state === 'in_force');
          const scheduled = p.entries.filter((e) => e.state === 'scheduled').length;
          return (
            <ListItemButton key={p.key} selected={p.key === selected} onClick={() => onSelect(p.key)} divider data-testid={`param-${p.key}`}>
              <ListItemText
                primary={t(`settings.param.${p.key}`)}
                secondary={inForce ? summary(p.key, inForce.value, p.entries[0]?.value) : t('settings.notInForce')}
                slotProps={{ secondary: { noWrap: true } }}
              />
              {scheduled > 0 && <Chip size="small" color="info" label={t('settings.policy.scheduledCount', { count: scheduled })} sx={{ ml: 1 }} />}
              {!p.editable && <Chip size="small" variant="outlined" label={t('settings.policy.readOnly')} sx={{ ml: 1 }} />}
            </ListItemButton>
          );
        })}
      </List>
    </Paper>
  );
}
