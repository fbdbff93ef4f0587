import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OrderExportQueryInput } from '@/api/orders';
import { useNumberFormat } from '@/components/use-number-format';
import { useOrderExport } from '../api/use-order-export';

/**
 * CSV of everything the filters match, produced and streamed by the server. The page shows how
 * many rows have arrived of how many, and the export can be cancelled at any moment.
 */
export function ExportControl({
  profileId,
  buildQuery,
}: {
  profileId: string;
  /** The query at the moment of the click: current filters, sort, visible columns, language. */
  buildQuery: () => OrderExportQueryInput;
}) {
  const { t } = useTranslation();
  const { state, start, cancel } = useOrderExport(profileId);
  const numbers = useNumberFormat();
  const running = state.status === 'running';
  const percent = running && state.total ? Math.min(100, (state.rows / state.total) * 100) : undefined;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 1, minWidth: 260 }}>
      {running ? (
        <Button variant="outlined" color="inherit" onClick={cancel}>
          {t('monitoring.export.cancel')}
        </Button>
      ) : (
        <Button variant="outlined" startIcon={<DownloadIcon aria-hidden />} onClick={() => void start(buildQuery())}>
          {t('monitoring.export.start')}
        </Button>
      )}
      {running && (
        <Box sx={{ width: '100%' }}>
          <LinearProgress
            aria-label={t('monitoring.export.progress')}
            variant={percent === undefined ? 'indeterminate' : 'determinate'}
            value={percent}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} role="status">
            {state.total === null
              ? t('monitoring.export.receivedUnknown', { rows: numbers.format(state.rows) })
              : t('monitoring.export.received', {
                  rows: numbers.format(state.rows),
                  total: numbers.format(state.total),
                })}
          </Typography>
        </Box>
      )}
      {state.status === 'done' && (
        <Typography variant="body2" color="text.secondary" role="status">
          {t('monitoring.export.done', { rows: numbers.format(state.rows), filename: state.filename })}
        </Typography>
      )}
      {state.status === 'canceled' && (
        <Typography variant="body2" color="text.secondary" role="status">
          {t('monitoring.export.canceled')}
        </Typography>
      )}
      {state.status === 'failed' && (
        <Alert severity="error" role="alert">
          {t('monitoring.export.failed')}
        </Alert>
      )}
    </Box>
  );
}
