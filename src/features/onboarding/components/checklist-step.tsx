import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistStep as Step } from '@/api/onboarding';
import { DateTime } from '@/components/date-time';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';

addGoliveMessages();

const ICONS = { done: CheckCircleIcon, todo: RadioButtonUncheckedIcon, waiting: HourglassTopIcon } as const;
const COLORS = { done: 'success', todo: 'default', waiting: 'info' } as const;

/** One step: its state in words (not colour alone), its facts, and what to do next. */
export function ChecklistStepItem({ step, index, children }: { step: Step; index: number; children?: ReactNode }) {
  const { t } = useTranslation('golive');
  const Icon = ICONS[step.state];
  const headingId = `checklist-step-${step.step}`;
  return (
    <Box component="li" aria-labelledby={headingId} sx={{ py: 2, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Icon color={step.state === 'done' ? 'success' : 'action'} aria-hidden />
        <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {index + 1}. {t(`checklist.steps.${step.step}`)}
        </Typography>
        <Chip size="small" color={COLORS[step.state]} label={t(`checklist.state.${step.state}`)} />
        {step.doneAt && (
          <Typography variant="body2" color="text.secondary">
            {t('checklist.doneAt')} <DateTime value={step.doneAt} />
          </Typography>
        )}
      </Box>
      {step.facts.length > 0 && (
        <Box component="ul" sx={{ my: 1, pl: 4 }}>
          {step.facts.map((fact) => (
            <li key={fact.fact}>
              {t(`checklist.facts.${fact.fact}`)}:{' '}
              <strong>
                {fact.done === null
                  ? t('checklist.factUnknown')
                  : fact.done
                    ? t('checklist.factDone')
                    : t('checklist.factMissing')}
              </strong>
            </li>
          ))}
        </Box>
      )}
      {step.state !== 'done' && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t(`checklist.next.${step.step}`)}
        </Typography>
      )}
      {children}
    </Box>
  );
}
