import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Profile } from '@/api/session';
import { ordersPath } from '@/features/orders/model/paths';

/** Live and test profiles hold different orders; switching opens the other profile's list. */
export function ProfileSwitch({ profiles, current }: { profiles: readonly Profile[]; current: Profile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <TextField
      select
      size="small"
      label={t('shell.profile')}
      value={current.id}
      onChange={(event) => {
        if (event.target.value !== current.id) void navigate(ordersPath(event.target.value));
      }}
      sx={{ minWidth: 220 }}
    >
      {profiles.map((profile) => (
        <MenuItem key={profile.id} value={profile.id}>
          {t('shell.profileOption', {
            mode: profile.mode === 'test' ? t('shell.modeTest') : t('shell.modeLive'),
            merchantId: profile.merchantId,
          })}
        </MenuItem>
      ))}
    </TextField>
  );
}
