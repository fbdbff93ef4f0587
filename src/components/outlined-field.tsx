import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';

export interface OutlinedFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  type?: string;
  autoComplete?: string;
  autoFocus?: boolean;
  required?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  /** Attributes of the `input` itself (maxLength, inputMode). */
  htmlInput?: InputHTMLAttributes<HTMLInputElement>;
}

/**
 * A text field drawn as MUI's outlined TextField, built from the same parts: label, outlined
 * input, helper text tied to the input by `aria-describedby`. TextField carries its select
 * variant (Select, Menu, Popover, Modal: about 15 KiB gzip) into every page that uses it; the
 * sign-in page, which must load fast, needs none of that.
 */
export function OutlinedField({ label, helperText, error, required, htmlInput, ...input }: OutlinedFieldProps) {
  const id = useId();
  const helperId = helperText ? `${id}-helper-text` : undefined;
  return (
    <FormControl variant="outlined" error={error} required={required}>
      <InputLabel htmlFor={id} id={`${id}-label`}>
        {label}
      </InputLabel>
      <OutlinedInput id={id} label={label} aria-describedby={helperId} slotProps={{ input: htmlInput }} {...input} />
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
