import Box from '@mui/material/Box';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ReadOnlyValue, TextControl } from './setting-controls';

export function EnterpriseFields() {
  const { t } = useTranslation('settings');
  const timezone = useWatch({ name: 'timezone' }) as string;
  const label = (field: string) => t(`fields.enterprise.${field}` as 'fields.enterprise.name');
  return (
    <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <TextControl name="name" label={label('name')} />
      <TextControl name="contactName" label={label('contactName')} />
      <TextControl name="contactPhone" type="tel" autoComplete="off" label={label('contactPhone')} />
      <TextControl name="contactEmail" nullable type="email" autoComplete="off" label={label('contactEmail')} />
      <TextControl name="legalAddress" label={label('legalAddress')} />
      <TextControl name="postalAddress" label={label('postalAddress')} />
      <TextControl name="inn" label={label('inn')} help={t('help.inn')} />
      <TextControl name="bankName" label={label('bankName')} />
      <TextControl name="bik" label={label('bik')} help={t('help.bik')} />
      <TextControl name="account" label={label('account')} help={t('help.account')} />
      <ReadOnlyValue label={label('timezone')} value={timezone} note={t('readOnlyField')} />
    </Box>
  );
}
