import Alert from '@mui/material/Alert';
import { isApiError } from '@/api/problem';

/**
 * A refused change in the user's words: the problem's code picks the message when the feature
 * knows it, anything else gets the feature's general one. Never the server's own text.
 */
export function RefusalAlert<Code extends string>({
  error,
  known,
  message,
}: {
  error: Error | null;
  known: readonly Code[];
  message: (code: Code | 'other') => string;
}) {
  if (error === null) return null;
  const code = isApiError(error) ? error.problem.code : undefined;
  const match = known.find((candidate) => candidate === code);
  return (
    <Alert severity="error" role="alert">
      {message(match ?? 'other')}
    </Alert>
  );
}
