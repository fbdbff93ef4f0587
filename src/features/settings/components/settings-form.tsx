import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod/mini';
import { isApiError } from '@/api/problem';
import { settingsSchemaFor, type ProfileMode, type SettingsByGroup, type SettingsGroup } from '@/api/settings';
import type { SettingsStateOf } from '@/api/settings-versions';
import { useSaveSettings } from '../api/settings-mutations';
import { settingsQueryOptions } from '../api/settings-queries';
import { formErrorMap, serverErrorCode } from '../model/form-errors';
import { mergeEdits } from '../model/merge-edits';
import { ConflictNotice, type Conflict } from './conflict-notice';
import { SettingsGroupContext } from './settings-group-context';
import { UnsavedChangesPrompt } from './unsaved-changes-prompt';

export interface SettingsFormProps<G extends SettingsGroup> {
  profileId: string;
  mode: ProfileMode;
  group: G;
  state: SettingsStateOf<G>;
  canEdit: boolean;
  /** The version the form is based on, shared with the history (restores name it too). */
  onBasedOn(version: number, dirty: boolean): void;
  children: ReactNode;
}

type Values = FieldValues;

/** A view-only form is read, not filled in: its labels and values keep a readable contrast. */
const READ_ONLY_TEXT = {
  '& .MuiFormLabel-root.Mui-disabled, & .MuiFormControlLabel-label.Mui-disabled, & .MuiInputBase-input.Mui-disabled': {
    color: 'text.secondary',
    WebkitTextFillColor: 'currentColor',
  },
} as const;

/**
 * One group's form: validated with the same schema the gateway uses (the live profile's https
 * rule included), saved under the version it was loaded at. When someone saved first, the
 * gateway answers 412: the form then takes their version, lays the user's edits over it and
 * says what they changed.
 */
export function SettingsForm<G extends SettingsGroup>({
  profileId,
  mode,
  group,
  state,
  canEdit,
  onBasedOn,
  children,
}: SettingsFormProps<G>) {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const save = useSaveSettings(profileId, group);
  // Read in handlers only; what shows it (the history's restore) learns it through onBasedOn.
  const basedOn = useRef(state.version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const form = useForm<Values>({
    defaultValues: state.value as Values,
    resolver: zodResolver(settingsSchemaFor(group, mode) as unknown as z.ZodMiniType<Values, Values>, {
      error: formErrorMap,
    }),
    disabled: !canEdit,
    mode: 'onTouched',
  });
  const { isDirty } = form.formState;

  // A newer version arriving while nothing is edited (a restore, a rotation, a refetch) is
  // simply shown; with edits pending it waits for the save, which the gateway then checks.
  useEffect(() => {
    if (state.version !== basedOn.current && !form.formState.isDirty) {
      form.reset(state.value as Values);
      basedOn.current = state.version;
    }
    onBasedOn(basedOn.current, isDirty);
  }, [state, isDirty, form, onBasedOn]);

  const adopt = (version: number, dirty: boolean) => {
    basedOn.current = version;
    onBasedOn(version, dirty);
  };

  const takeTheirs = async () => {
    const latest = await queryClient.fetchQuery({ ...settingsQueryOptions(profileId, group), staleTime: 0 });
    const base = form.formState.defaultValues as Values;
    const { mine, theirs } = mergeEdits(base, form.getValues(), latest.value as Values);
    const edits = form.getValues();
    form.reset(latest.value as Values);
    for (const field of mine) form.setValue(field, edits[field], { shouldDirty: true });
    adopt(latest.version, true);
    setConflict({ by: latest.updatedBy, at: latest.updatedAt, changes: theirs });
  };

  const submit = async (value: Values) => {
    setSavedVersion(null);
    try {
      const saved = await save.mutateAsync({ value: value as SettingsByGroup[G], basedOn: basedOn.current });
      form.reset(saved.value as Values);
      adopt(saved.version, false);
      setConflict(null);
      setSavedVersion(saved.version);
    } catch (error) {
      if (isApiError(error, 412)) await takeTheirs();
      else if (isApiError(error, 422)) {
        for (const fieldError of error.problem.errors ?? []) {
          form.setError(fieldError.field.split('.')[0] ?? fieldError.field, {
            message: serverErrorCode(error.problem.code, fieldError.message),
          });
        }
      }
    }
  };

  const failed = save.error !== null && !isApiError(save.error, 412) && !isApiError(save.error, 422);
  const groupName = t(`groups.${group}`);
  return (
    <FormProvider {...form}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
        aria-label={groupName}
        sx={canEdit ? undefined : READ_ONLY_TEXT}
      >
        <Stack spacing={3}>
          {conflict && <ConflictNotice group={group} conflict={conflict} />}
          <SettingsGroupContext value={group}>{children}</SettingsGroupContext>
          {canEdit && (
            <Stack spacing={1.5}>
              {failed && (
                <Alert severity="error" role="alert">
                  {t('saveFailed')}
                </Alert>
              )}
              {!form.formState.isValid && form.formState.submitCount > 0 && (
                <Alert severity="error">{t('fixErrors')}</Alert>
              )}
              <Box role="status" aria-live="polite">
                {savedVersion !== null && !isDirty && (
                  <Alert severity="success">{t('saved', { version: savedVersion })}</Alert>
                )}
              </Box>
              <Stack direction="row" spacing={1.5}>
                <Button type="submit" variant="contained" disabled={!isDirty || form.formState.isSubmitting}>
                  {t('save')}
                </Button>
                <Button
                  disabled={!isDirty || form.formState.isSubmitting}
                  onClick={() => {
                    form.reset();
                    setConflict(null);
                  }}
                >
                  {t('discard')}
                </Button>
              </Stack>
            </Stack>
          )}
        </Stack>
      </Box>
      <UnsavedChangesPrompt when={isDirty} what={groupName} />
    </FormProvider>
  );
}
