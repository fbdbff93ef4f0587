import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SwitchControl, TextControl } from './setting-controls';

/** The key can be pasted or read from the shop's .pem file; it never leaves the page otherwise. */
export function SignatureFields() {
  const { t } = useTranslation('settings');
  const { setValue, formState } = useFormContext();
  const fileInput = useRef<HTMLInputElement>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setValue('rsaPublicKey', (await file.text()).trim(), { shouldDirty: true, shouldValidate: true });
  };
  return (
    <Stack spacing={2.5}>
      <SwitchControl name="requireCheckValue" label={t('fields.signature.requireCheckValue')} />
      <TextControl
        name="rsaPublicKey"
        nullable
        multiline
        minRows={4}
        label={t('fields.signature.rsaPublicKey')}
        help={t('help.rsaPublicKey')}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
      {!formState.disabled && (
        <div>
          <input
            ref={fileInput}
            type="file"
            accept=".pem,.pub,.key,text/plain"
            hidden
            aria-label={t('help.upload')}
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          <Button variant="outlined" onClick={() => fileInput.current?.click()}>
            {t('help.upload')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
