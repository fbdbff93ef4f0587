import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { serverNow } from '@/api/server-clock';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { useNow } from '@/components/use-now';
import { utcOffsetLabel } from '@/lib/dates';
import { fromWallTime, toWallTime } from '@/lib/zoned-time';
import { PERIOD_PRESETS, matchingPreset, presetPeriod, type Period, type PeriodPreset } from '../model/period-presets';
import { FilterTextField } from './filter-text-field';

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
  const { t } = useTranslation();
  const timeZone = useMerchantTimeZone();
  const now = useNow();
  const presetsLabelId = useId();
  const active = matchingPreset({ from, to }, now.getTime(), timeZone);
  const zone = `${timeZone}, ${utcOffsetLabel(now, timeZone)}`;
  const isValid = (wall: string) => wall === '' || fromWallTime(wall, timeZone) !== null;
  const toInstant = (wall: string) => (wall === '' ? undefined : (fromWallTime(wall, timeZone) ?? undefined));
  // The gateway answers such a period with an empty list; say why rather than show "no orders".
  const inverted = from !== undefined && to !== undefined && Date.parse(from) > Date.parse(to);

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('monitoring.filters.period', { zone })}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 1 }}>
        <FilterTextField
          type="datetime-local"
          size="small"
          label={t('monitoring.filters.from')}
          value={from ? toWallTime(from, timeZone) : ''}
          onCommit={(wall) => onChange({ from: toInstant(wall) })}
          isValid={isValid}
          invalidText={t('monitoring.filters.invalid.date')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
        />
        <FilterTextField
          type="datetime-local"
          size="small"
          label={t('monitoring.filters.to')}
          value={to ? toWallTime(to, timeZone) : ''}
          onCommit={(wall) => onChange({ to: toInstant(wall) })}
          isValid={isValid}
          invalidText={t('monitoring.filters.invalid.date')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
        />
      </Box>
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
