import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState, type ComponentProps } from 'react';

/** Typing waits this long before the list asks the server again. */
export const FILTER_DEBOUNCE_MS = 400;

export interface FilterTextFieldProps extends Omit<
  ComponentProps<typeof TextField>,
  'value' | 'onChange' | 'error' | 'helperText'
> {
  /** The value the URL holds now. */
  value: string;
  /** Called with a trimmed valid value ('' clears) once typing pauses, or at once on Enter. */
  onCommit: (value: string) => void;
  /** Whether a typed value may be sent; an invalid one stays in the field with `invalidText`. */
  isValid?: (value: string) => boolean;
  /**
   * Turns a typed value into the one the URL holds ("1 000,50" → "1000.50"), or null when it
   * cannot be sent; by default a valid value is sent as typed.
   */
  parse?: (value: string) => string | null;
  /** How a value of the URL is shown in the field ("1000.50" → "1 000,50"); as it is by default. */
  toDraft?: (value: string) => string;
  /** What is wrong with the typed value: a text, or made from the typed value. */
  invalidText?: string | ((draft: string) => string);
  helperText?: string;
}

/**
 * A text filter that is debounced: the URL (and so the request) changes only when typing
 * pauses. The field keeps its own draft; when the URL changes from elsewhere (reset, a removed
 * chip, the back button) the draft follows it.
 */
export function FilterTextField({
  value,
  onCommit,
  isValid = () => true,
  parse = (text) => (isValid(text) ? text : null),
  toDraft = (text) => text,
  invalidText,
  helperText,
  ...props
}: FilterTextFieldProps) {
  const [draft, setDraft] = useState(() => toDraft(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(toDraft(value));
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The timer fires after later renders: it must see the latest URL value and callback.
  const latest = useRef({ value, onCommit, parse });
  useEffect(() => {
    latest.current = { value, onCommit, parse };
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const trimmed = draft.trim();
  const invalid = trimmed !== '' && parse(trimmed) === null;
  const commit = (next: string) => {
    clearTimeout(timer.current);
    const clean = next.trim();
    const current = latest.current;
    const parsed = clean === '' ? '' : current.parse(clean);
    if (parsed !== null && parsed !== current.value) {
      // Expect the URL to come back with this value. Should it return to the old one first (Back
      // pressed before this render), that is then a change, and the field follows it.
      setSeen(parsed);
      current.onCommit(parsed);
    }
  };

  return (
    <TextField
      {...props}
      value={draft}
      error={invalid}
      helperText={invalid ? (typeof invalidText === 'function' ? invalidText(trimmed) : invalidText) : helperText}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(next), FILTER_DEBOUNCE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(draft);
      }}
      onBlur={() => commit(draft)}
    />
  );
}
