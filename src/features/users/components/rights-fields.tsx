import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { normalizeRights, PRESET_RIGHTS, PRESETS, presetOf, RIGHTS, type Right } from '@/api/rights';
import type { Profile } from '@/api/session';
import { addUsersMessages } from '@/lib/i18n/users-messages';

addUsersMessages();

interface RightsFieldsProps {
  rights: Right[];
  onRights: (rights: Right[]) => void;
  profileIds: string[];
  onProfiles: (profileIds: string[]) => void;
  profiles: readonly Profile[];
  /** Grants the editor may not take away here, with the reason shown next to them. */
  locked?: { right: Right; reason: string };
}

/** A preset to start from, the grants one by one, and the profiles the user is bound to. */
export function RightsFields({ rights, onRights, profileIds, onProfiles, profiles, locked }: RightsFieldsProps) {
  const { t } = useTranslation('users');
  const preset = presetOf(rights);
  const toggle = (right: Right, on: boolean) =>
    onRights(normalizeRights(on ? [...rights, right] : rights.filter((held) => held !== right)));
  return (
    <>
      <TextField
        select
        label={t('users.preset')}
        value={preset ?? 'custom'}
        onChange={(event) => {
          const chosen = PRESETS.find((candidate) => candidate === event.target.value);
          if (chosen) onRights(normalizeRights(PRESET_RIGHTS[chosen]));
        }}
      >
        {PRESETS.map((candidate) => (
          <MenuItem key={candidate} value={candidate}>
            {t(`presets.${candidate}`)}
          </MenuItem>
        ))}
        <MenuItem value="custom" disabled>
          {t('presets.custom')}
        </MenuItem>
      </TextField>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('users.rights')}</FormLabel>
        <FormGroup>
          {RIGHTS.map((right) => {
            const isLocked = locked?.right === right && rights.includes(right);
            return (
              <FormControlLabel
                key={right}
                control={
                  <Checkbox
                    checked={rights.includes(right)}
                    disabled={right === 'monitor' || isLocked}
                    onChange={(event) => toggle(right, event.target.checked)}
                  />
                }
                label={
                  isLocked
                    ? `${t(`rights.${right}`)} — ${locked.reason}`
                    : right === 'monitor'
                      ? `${t(`rights.${right}`)} — ${t('users.everyone')}`
                      : t(`rights.${right}`)
                }
              />
            );
          })}
        </FormGroup>
      </FormControl>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('users.profiles')}</FormLabel>
        <FormGroup>
          {profiles.map((profile) => (
            <FormControlLabel
              key={profile.id}
              control={
                <Checkbox
                  checked={profileIds.includes(profile.id)}
                  onChange={(event) =>
                    onProfiles(
                      event.target.checked
                        ? profiles.map((p) => p.id).filter((id) => id === profile.id || profileIds.includes(id))
                        : profileIds.filter((id) => id !== profile.id),
                    )
                  }
                />
              }
              label={t(profile.mode === 'test' ? 'users.profileTest' : 'users.profileLive', {
                id: profile.merchantId,
              })}
            />
          ))}
        </FormGroup>
      </FormControl>
    </>
  );
}
