import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import ViewListIcon from '@mui/icons-material/ViewList';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSavedViews } from '../hooks/use-saved-views';
import type { QueueFilters } from '../task-filters';

export function SavedViewsMenu({ current, onApply }: { current: QueueFilters; onApply: (filters: QueueFilters) => void }) {
  const { t } = useTranslation();
  const { views, save, saving, saveError, resetSave, remove } = useSavedViews();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(true);

  const closeDialog = () => {
    setDialogOpen(false);
    setName('');
    resetSave();
  };

  return (
    <>
      <Button variant="outlined" startIcon={<ViewListIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">
        {t('review.views.open')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {views.length === 0 && <MenuItem disabled>{t('review.views.none')}</MenuItem>}
        {views.map((v) => (
          <MenuItem
            key={v.id}
            onClick={() => {
              onApply(v.queueFilters);
              setAnchor(null);
            }}
          >
            <ListItemText primary={v.name} secondary={v.mine ? t(v.shared ? 'review.views.mineShared' : 'review.views.minePrivate') : t('review.views.by', { owner: v.owner })} />
            {v.mine && (
              <IconButton
                edge="end"
                size="small"
                aria-label={t('review.views.delete', { name: v.name })}
                onClick={(e) => {
                  e.stopPropagation();
                  remove(v.id);
                }}
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            )}
          </MenuItem>
        ))}
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setDialogOpen(true);
          }}
        >
          <BookmarkAddIcon fontSize="small" sx={{ mr: 1 }} />
          {t('review.views.saveCurrent')}
        </MenuItem>
      </Menu>
      <Dialog open={dialogOpen} onClose={closeDialog} fullWidth maxWidth="xs">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save(name, shared, current, closeDialog);
          }}
        >
          <DialogTitle>{t('review.views.saveTitle')}</DialogTitle>
          <DialogContent>
            {saveError && <ErrorNotice error={saveError} />}
            <TextField autoFocus fullWidth margin="dense" label={t('review.views.name')} value={name} onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { maxLength: 40 } }} required />
            <FormControlLabel control={<Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)} />} label={t('review.views.shared')} />
          </DialogContent>
          <DialogActions>
            <Button onClick={closeDialog}>{t('review.common.cancel')}</Button>
            <Button type="submit" variant="contained" loading={saving}>{t('review.views.save')}</Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
