import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useMe } from '../../auth/hooks/use-session';
import { NAV_BY_ROLE } from '../nav';

export function SideNav() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Box
      component="nav"
      aria-label={t('shell.navLabel')}
      sx={{ width: 200, flexShrink: 0, bgcolor: 'background.paper', borderRight: 1, borderColor: 'divider', overflowY: 'auto' }}
    >
      <List sx={{ px: 1 }}>
        {NAV_BY_ROLE[me.role].map((item) => (
          <ListItemButton
            key={item.path}
            component={NavLink}
            to={item.path}
            // A home page with pages under it (/supervision → /supervision/workload) is active only on
            // itself, or both entries would light up; otherwise its sub-pages (a review task) keep it lit.
            end={NAV_BY_ROLE[me.role].some((other) => other.path.startsWith(`${item.path}/`))}
            sx={{
              borderRadius: 1,
              mb: 0.5,
              '&.active': { bgcolor: 'primary.main', color: 'primary.contrastText', '& .MuiListItemIcon-root': { color: 'inherit' } },
              '&.active:hover': { bgcolor: 'primary.dark' },
            }}
          >
            <ListItemIcon sx={{ minWidth: 34 }}>
              <item.icon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={t(item.labelKey)} />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
}
