import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, ruRU } from '@mui/x-date-pickers/locales';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { serverNow } from '@/api/server-clock';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { useNow } from '@/components/use-now';
import { utcOffsetLabel } from '@/lib/dates';
import type { Language } from '@/api/common';
import { currentLanguage, intlLocale } from '@/lib/i18n/i18n';
import { PERIOD_PRESETS, matchingPreset, presetPeriod, type Period, type PeriodPreset } from '../model/period-presets';
import { PeriodPicker } from './period-picker';

/**
 * How the ends are typed: Russian as people write it; English with the month as a word, since
 * "01/12/2026" reads as January to some and December to others.
 */
const FORMATS: Record<Language, string> = { ru: 'dd.MM.yyyy HH:mm:ss', en: 'dd MMM yyyy HH:mm:ss' };
const PICKER_TEXTS = {
  ru: ruRU.components.MuiLocalizationProvider.defaultProps.localeText,
  en: enUS.components.MuiLocalizationProvider.defaultProps.localeText,
};

export interface PeriodFilterProps {
  from: string | undefined;
  to: string | undefined;
  /** Called with the ends that changed only; an end present as undefined is cleared. */
  onChange: (patch: Partial<Period>) => void;
}

/**
 * The period, to the second, typed in the merchant's time zone (not the browser's), with the
 * quick presets of the gateway's monitor. The URL holds UTC instants.
 */
export function PeriodFilter({ from, to, onChange }: PeriodFilterProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const timeZone = useMerchantTimeZone();
  const now = useNow();
  const presetsLabelId = useId();
  const active = matchingPreset({ from, to }, now.getTime(), timeZone);
  const zone = `${timeZone}, ${utcOffsetLabel(now, timeZone)}`;
  // The gateway answers such a period with an empty list; say why rather than show "no orders".
  const inverted = from !== undefined && to !== undefined && Date.parse(from) > Date.parse(to);

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('monitoring.filters.period', { zone })}
      </Typography>
      <LocalizationProvider
        dateAdapter={AdapterLuxon}
        adapterLocale={intlLocale(language)}
        localeText={PICKER_TEXTS[language]}
      >
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 1 }}>
          <PeriodPicker
            label={t('monitoring.filters.from')}
            value={from}
            timeZone={timeZone}
            format={FORMATS[language]}
            invalidText={t('monitoring.filters.invalid.date')}
            onCommit={(instant) => onChange({ from: instant })}
          />
          <PeriodPicker
            label={t('monitoring.filters.to')}
            value={to}
            timeZone={timeZone}
            format={FORMATS[language]}
            invalidText={t('monitoring.filters.invalid.date')}
            onCommit={(instant) => onChange({ to: instant })}
          />
        </Box>
      </LocalizationProvider>
      {inverted && (
        <Typography role="alert" variant="body2" color="error" sx={{ mb: 1 }}>
          {t('monitoring.filters.invalid.periodInverted')}
        </Typography>
      )}
      <Typography id={presetsLabelId} variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
        {t('monitoring.filters.presets')}
      </Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={active}
        aria-labelledby={presetsLabelId}
        onChange={(_event, preset: PeriodPreset | null) => {
          if (preset) onChange(presetPeriod(preset, serverNow(), timeZone));
        }}
        sx={{ flexWrap: 'wrap' }}
      >
        {PERIOD_PRESETS.map((preset) => (
          <ToggleButton key={preset} value={preset}>
            {t(`monitoring.filters.preset.${preset}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
