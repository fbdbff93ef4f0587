import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COPYABLE_GROUPS, type CopyableGroup, type SettingsCopyResult } from '@/api/settings-compare';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { SectionCard } from '@/components/section-card';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';
import { settingsCompareQueryOptions, useCopySettings } from '../api/onboarding-queries';

addGoliveMessages();

function CopyPreview({ result }: { result: SettingsCopyResult }) {
  const { t } = useTranslation('golive');
  return (
    <Alert severity={result.applied ? 'success' : 'info'} role="status" sx={{ mt: 2 }}>
      <strong>{result.applied ? t('compare.applied') : t('compare.previewTitle')}</strong>
      {result.changes.length === 0 && <p>{t('compare.nothing')}</p>}
      <Box component="ul" sx={{ pl: 3, my: 1 }}>
        {result.changes.map((change) => (
          <li key={`${change.group}.${change.field}`}>
            <code>
              {change.group}.{change.field}
            </code>
            : {change.before} → {change.after}
          </li>
        ))}
        {result.kept.map((kept) => (
          <li key={`${kept.group}.${kept.field}`}>
            <code>
              {kept.group}.{kept.field}
            </code>
            : {t(`compare.kept.${kept.reason}`)}
          </li>
        ))}
      </Box>
    </Alert>
  );
}

/** Test and live settings side by side; chosen groups copied to live after a preview. */
export function SettingsCompare({ testProfileId, liveProfileId }: { testProfileId: string; liveProfileId: string }) {
  const { t } = useTranslation('golive');
  const query = useQuery(settingsCompareQueryOptions(testProfileId));
  const copy = useCopySettings(testProfileId, liveProfileId);
  const [groups, setGroups] = useState<CopyableGroup[]>([]);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const chosen = groups.join(',');
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { differences } = query.data;
  const toggle = (group: CopyableGroup, on: boolean) => {
    setGroups((current) => COPYABLE_GROUPS.filter((g) => (g === group ? on : current.includes(g))));
    copy.reset();
    setPreviewed(null);
  };
  return (
    <SectionCard title={t('compare.title', { test: testProfileId, live: liveProfileId })}>
      {differences.length === 0 ? (
        <p>{t('compare.same')}</p>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('compare.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell component="th">{t('compare.setting')}</TableCell>
                <TableCell component="th">{t('compare.test', { id: testProfileId })}</TableCell>
                <TableCell component="th">{t('compare.live', { id: liveProfileId })}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {differences.map((difference) => (
                <TableRow key={`${difference.group}.${difference.field}`}>
                  <TableCell>
                    {t(`compare.groups.${difference.group}`)}: <code>{difference.field}</code>
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{difference.test}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{difference.live}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <FormGroup aria-label={t('compare.choose')} sx={{ mt: 2 }}>
        {COPYABLE_GROUPS.map((group) => (
          <FormControlLabel
            key={group}
            control={
              <Checkbox checked={groups.includes(group)} onChange={(event) => toggle(group, event.target.checked)} />
            }
            label={t(`compare.groups.${group}`)}
          />
        ))}
      </FormGroup>
      <p>{t('compare.secretsNever')}</p>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          disabled={groups.length === 0 || copy.isPending}
          onClick={() => copy.mutate({ groups, preview: true }, { onSuccess: () => setPreviewed(chosen) })}
        >
          {t('compare.preview')}
        </Button>
        <Button
          variant="contained"
          disabled={previewed !== chosen || copy.isPending || copy.data?.applied === true}
          onClick={() => copy.mutate({ groups, preview: false })}
        >
          {t('compare.copy')}
        </Button>
      </Box>
      {copy.error && <ErrorState error={copy.error} />}
      {copy.data && <CopyPreview result={copy.data} />}
    </SectionCard>
  );
}
