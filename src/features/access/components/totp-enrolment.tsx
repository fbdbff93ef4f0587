import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { useConfirmTotp, useStartTotp } from '../api/totp-mutations';

addAccountMessages();

/** The otpauth URI as a QR code image (drawn locally; the secret never leaves the page). */
function QrCode({ uri, alt }: { uri: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void toDataURL(uri, { margin: 1, width: 200 }).then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [uri]);
  return src ? <img src={src} alt={alt} width={200} height={200} /> : null;
}

/** Enrol a TOTP app: QR code or key, a code to confirm, then the ten recovery codes once. */
export function TotpEnrolment({ onEnrolled }: { onEnrolled: () => void }) {
  const { t } = useTranslation(['account', 'translation']);
  const start = useStartTotp();
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');

  if (confirm.data) {
    return (
      <Stack spacing={2}>
        <Alert severity="success">{t('totp.enabled')}</Alert>
        <Typography>{t('totp.recoveryText')}</Typography>
        <Box component="ul" aria-label={t('totp.recoveryCodes')} sx={{ fontFamily: 'monospace', m: 0 }}>
          {confirm.data.recoveryCodes.map((recovery) => (
            <li key={recovery}>{recovery}</li>
          ))}
        </Box>
        <Button variant="contained" onClick={onEnrolled}>
          {t('totp.done')}
        </Button>
      </Stack>
    );
  }
  if (!start.data) {
    return (
      <Stack spacing={2}>
        {start.isError && <Alert severity="error">{t('totp.failed')}</Alert>}
        <Button variant="contained" onClick={() => start.mutate()} disabled={start.isPending}>
          {t('totp.start')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate(code.trim());
      }}
    >
      <Typography>{t('totp.scan')}</Typography>
      <QrCode uri={start.data.uri} alt={t('totp.qr')} />
      <Typography>
        {t('totp.key')}{' '}
        <Box component="code" data-testid="totp-secret" sx={{ wordBreak: 'break-all' }}>
          {start.data.secret}
        </Box>
      </Typography>
      {confirm.isError && (
        <Alert severity="error" role="alert">
          {t('translation:access.signIn.codeInvalid')}
        </Alert>
      )}
      <TextField
        label={t('totp.code')}
        value={code}
        autoComplete="one-time-code"
        onChange={(event) => setCode(event.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
      />
      <Button type="submit" variant="contained" disabled={confirm.isPending}>
        {t('totp.confirm')}
      </Button>
    </Stack>
  );
}
