import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SetSecretWordRequest, type SecretWordState } from '@/api/settings';
import { DateTime } from '@/components/date-time';
import { SectionCard } from '@/components/section-card';
import { useSetSecretWord } from '../api/settings-mutations';
import { formErrorMap } from '../model/form-errors';
import { useErrorText } from './field-error-text';

const OVERLAP_DAYS = [0, 1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The secret word is written, never read: the panel says whether it is set and since when, and
 * while a rotation's overlap lasts, until when the previous word is still accepted.
 */
export function SecretWordPanel({
  profileId,
  state,
  canEdit,
}: {
  profileId: string;
  state: SecretWordState;
  canEdit: boolean;
}) {
  const { t } = useTranslation('settings');
  return (
    <SectionCard title={t('secret.title')}>
      <Stack spacing={2}>
        <Typography variant="body2">{t('secret.intro')}</Typography>
        <Box role="status" aria-live="polite" aria-label={t('secret.title')}>
          <Typography sx={{ fontWeight: 600 }}>
            {!state.set ? (
              t('secret.notSet')
            ) : state.setAt ? (
              <>
                {t('secret.setAt')} <DateTime value={state.setAt} />
              </>
            ) : (
              t('secret.setInitially')
            )}
          </Typography>
          {state.previousValidUntil && (
            <Typography>
              {t('secret.previousUntil')} <DateTime value={state.previousValidUntil} />
            </Typography>
          )}
        </Box>
        {canEdit && <RotateForm profileId={profileId} />}
      </Stack>
    </SectionCard>
  );
}

function RotateForm({ profileId }: { profileId: string }) {
  const { t } = useTranslation('settings');
  const rotate = useSetSecretWord(profileId);
  const errorText = useErrorText();
  const form = useForm<SetSecretWordRequest>({
    defaultValues: { secretWord: '', overlapDays: 1 },
    resolver: zodResolver(SetSecretWordRequest, { error: formErrorMap }),
    mode: 'onTouched',
  });
  const onSubmit = form.handleSubmit((body) =>
    rotate.mutateAsync(body).then(
      () => form.reset({ secretWord: '', overlapDays: body.overlapDays }),
      () => undefined,
    ),
  );
  return (
    <Box component="form" noValidate onSubmit={onSubmit} aria-label={t('secret.submit')}>
      <Stack spacing={2} sx={{ maxWidth: 480 }}>
        {rotate.isSuccess && !form.formState.isDirty && <Alert severity="success">{t('secret.changed')}</Alert>}
        {rotate.isError && (
          <Alert severity="error" role="alert">
            {t('secret.failed')}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="secretWord"
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              type="password"
              autoComplete="new-password"
              label={t('secret.newWord')}
              error={fieldState.error !== undefined}
              helperText={errorText(fieldState.error) ?? t('secret.rules')}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
          )}
        />
        <Controller
          control={form.control}
          name="overlapDays"
          render={({ field }) => (
            <TextField
              select
              label={t('secret.overlap')}
              value={field.value}
              onChange={(event) => field.onChange(Number(event.target.value))}
              onBlur={field.onBlur}
              name={field.name}
            >
              {OVERLAP_DAYS.map((days) => (
                <MenuItem key={days} value={days}>
                  {days === 0 ? t('secret.overlapNone') : t('secret.overlapDays', { count: days })}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <div>
          <Button type="submit" variant="contained" disabled={rotate.isPending}>
            {t('secret.submit')}
          </Button>
        </div>
      </Stack>
    </Box>
  );
}
