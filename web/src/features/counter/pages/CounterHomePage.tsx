// The counter workspace (issue 6): today's queue on the left; applicant, business and checklist,
// capture, fields and acceptance on the right, top to bottom in the order the clerk works.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { AcceptPanel } from '../components/AcceptPanel';
import { ApplicantPanel } from '../components/ApplicantPanel';
import { BusinessPanel } from '../components/BusinessPanel';
import { CameraDialog } from '../components/CameraDialog';
import { CapturePanel } from '../components/CapturePanel';
import { FieldsPanel } from '../components/FieldsPanel';
import { ReceiptPanel } from '../components/ReceiptPanel';
import { TodayPanel } from '../components/TodayPanel';
import { useCounterWorkspace } from '../hooks/use-counter-workspace';
import { detailFields } from '../intake-form';

export function CounterHomePage() {
  const w = useCounterWorkspace();
  const { t, draft } = w;
  const [camera, setCamera] = useState<{ materialId: string | null } | null>(null);
  const receipt = w.accept.acceptState.data;

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '340px minmax(0, 1fr)', gap: 1.5, alignItems: 'start' }}>
      <Box sx={{ position: 'sticky', top: 0, maxHeight: 'calc(100vh - 96px)', display: 'flex', flexDirection: 'column' }}>
        <TodayPanel today={w.today.data} error={w.today.error} pendingId={w.checkInPendingId} checkInError={w.checkInError} onCheckIn={w.checkIn} />
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, minWidth: 0 }}>
        <Typography variant="h1" sx={{ fontSize: 22 }}>{t('home.counter.title')}</Typography>
        {receipt && <ReceiptPanel receipt={receipt} printError={w.accept.receiptPdf.error} onReprint={() => void w.accept.reprint()} onNext={w.next} />}
        <ApplicantPanel
          input={w.typed}
          onInput={w.setTyped}
          inputError={w.inputError}
          onLookup={w.lookupTyped}
          applicant={w.lookup.data}
          loading={w.lookup.isFetching}
          error={w.lookup.error}
          inputRef={w.idInput}
        />
        {w.lookup.data && !receipt && (
          <>
            <BusinessPanel
              businessType={draft.businessType}
              onBusiness={w.setBusiness}
              answers={draft.answers}
              onAnswer={(fact, value) => w.dispatch({ type: 'answer', fact, value })}
              prepared={w.prepare.data}
              loading={w.prepare.isFetching}
              error={w.prepare.error}
              pages={draft.pages}
            />
            {draft.businessType && (
              <>
                <CapturePanel
                  pages={draft.pages}
                  lines={w.lines}
                  selectedId={w.selectedId}
                  onSelect={w.setSelectedId}
                  onFiles={(files, materialId) => w.capture(files, materialId ?? null)}
                  onCamera={(materialId) => setCamera({ materialId })}
                  onRotate={w.rotate}
                  dispatch={w.dispatch}
                />
                <FieldsPanel page={draft.pages.find((p) => p.localId === w.selectedId)} applicant={w.lookup.data} idNumber={draft.idNumber ?? ''} dispatch={w.dispatch} />
                <AcceptPanel
                  fields={detailFields(draft.businessType) ?? []}
                  details={w.details}
                  invalid={w.invalid}
                  onDetail={(name, value) => w.dispatch({ type: 'detail', name, value })}
                  readiness={w.ready}
                  accepting={w.accept.acceptState.isPending || w.accept.receiptPdf.isPending}
                  acceptError={w.accept.acceptState.error}
                  onAccept={w.onAccept}
                  printingNotice={w.accept.notice.isPending}
                  noticeError={w.accept.notice.error}
                  onNotice={w.onNotice}
                />
              </>
            )}
          </>
        )}
      </Box>
      <CameraDialog
        open={camera !== null}
        onClose={() => setCamera(null)}
        onCapture={(blob) => w.capture([{ blob, name: `camera-${new Date().toISOString().slice(11, 23).replace(/[:.]/g, '')}.jpg` }], camera?.materialId ?? null)}
      />
    </Box>
  );
}
