import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import styles from './outlined-field.module.css';
import { classNames } from './plain/class-names';

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
 * A labelled text input with its helper text tied to it by `aria-describedby`, marked invalid
 * for assistive technology as MUI's fields are. Plain markup: the sign-in page, which must load
 * fast, carries no MUI.
 */
export function OutlinedField({ label, helperText, error = false, required, htmlInput, ...input }: OutlinedFieldProps) {
  const id = useId();
  const helperId = helperText ? `${id}-helper-text` : undefined;
  return (
    <div className={classNames(styles.field, error && styles.invalid)}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {required && <span aria-hidden> *</span>}
      </label>
      <input
        id={id}
        className={styles.input}
        required={required}
        aria-invalid={error}
        aria-describedby={helperId}
        {...htmlInput}
        {...input}
      />
      {helperText && (
        <p id={helperId} className={styles.helper}>
          {helperText}
        </p>
      )}
    </div>
  );
}
