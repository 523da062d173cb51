import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import type { ApplicationDetail } from '../application-view';
import { ruleMessage } from '../review-format';
import { Section } from './Section';

type HistoryEntry = ApplicationDetail['history'][number];

function actorText(entry: HistoryEntry, t: TFunction): string {
  const actor = entry.actor;
  if (actor.kind === 'system') return t('review.history.system');
  if ('name' in actor && actor.name) return 'role' in actor && actor.role ? `${actor.name}（${t(`roles.${actor.role}`)}）` : actor.name;
  return t(`review.history.actor.${actor.kind}`, { defaultValue: actor.kind });
}

/** Every step of the application: what happened, who, when, with the reasons and comments. */
export function HistoryTimeline({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Section title={t('review.history.title')} testId="history">
      <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
        {detail.history.map((h, i) => {
          const data = (h.data ?? {}) as { to?: { step?: string | null; status?: string }; reasons?: unknown; comment?: unknown };
          const action = h.action.replace(/^application\./, '');
          // A booking's "reason" is its window@date, shown in words by the contract panel above.
          const reasons = Array.isArray(data.reasons) && action !== 'book_contract' ? data.reasons.filter((r): r is string => typeof r === 'string') : [];
          return (
            <Box component="li" key={`${h.at}:${i}`}>
              <Typography variant="body2">
                <strong>{t(`review.history.actions.${action}`, { defaultValue: action })}</strong>
                {data.to?.step ? ` → ${t(`review.steps.${data.to.step}`, { defaultValue: data.to.step })}` : ''}
                {' · '}
                {actorText(h, t)}
              </Typography>
              <Typography variant="caption" color="text.secondary">{formatShanghaiDateTime(h.at, language)}</Typography>
              {reasons.map((r) => (
                <Typography key={r} variant="body2" color="text.secondary">{ruleMessage(r, {}, language) === r ? t(`review.reasons.${r}`, { defaultValue: r }) : ruleMessage(r, {}, language)}</Typography>
              ))}
              {typeof data.comment === 'string' && data.comment && <Typography variant="body2" sx={{ fontStyle: 'italic' }}>“{data.comment}”</Typography>}
            </Box>
          );
        })}
      </Box>
    </Section>
  );
}
