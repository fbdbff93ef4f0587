import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Switch from '@mui/material/Switch';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useErrorText } from './field-error-text';
import { useSettingsGroup } from './settings-group-context';
import { useSettingText } from './use-setting-text';

interface ControlProps {
  name: string;
  label: string;
  help?: string;
}

/**
 * The field's error under it in place of its help, and the input marked invalid. A read-only
 * form shows neither: help on filling in means nothing there, and greyed text is hard to read.
 */
function useField(name: string) {
  const { control } = useFormContext();
  const controller = useController({ name, control });
  const errorText = useErrorText()(controller.fieldState.error);
  return { ...controller, errorText };
}

type TextProps = ControlProps & Pick<TextFieldProps, 'multiline' | 'minRows' | 'type' | 'autoComplete' | 'slotProps'>;

/** Text; an empty field is `null` when `nullable` (optional URLs, e-mail, key). */
export function TextControl({ name, label, help, nullable = false, ...rest }: TextProps & { nullable?: boolean }) {
  const { field, errorText } = useField(name);
  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      label={label}
      value={(field.value as string | null) ?? ''}
      onChange={(event) => field.onChange(nullable && event.target.value === '' ? null : event.target.value)}
      onBlur={field.onBlur}
      disabled={field.disabled}
      error={errorText !== undefined}
      helperText={field.disabled ? undefined : (errorText ?? help)}
      fullWidth
    />
  );
}

/** A whole number; what cannot be read as one is kept as NaN, which the schema refuses. */
export function NumberControl({ name, label, help }: ControlProps) {
  const { field, errorText } = useField(name);
  const value = field.value as number;
  return (
    <TextField
      name={field.name}
      inputRef={field.ref}
      label={label}
      type="number"
      value={Number.isNaN(value) ? '' : String(value)}
      onChange={(event) => field.onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value))}
      onBlur={field.onBlur}
      disabled={field.disabled}
      error={errorText !== undefined}
      helperText={field.disabled ? undefined : (errorText ?? help)}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      sx={{ maxWidth: 260 }}
    />
  );
}

export function SwitchControl({ name, label }: ControlProps) {
  const { field } = useField(name);
  return (
    <FormControlLabel
      label={label}
      control={
        <Switch
          name={field.name}
          checked={field.value === true}
          onChange={(event) => field.onChange(event.target.checked)}
          onBlur={field.onBlur}
          disabled={field.disabled}
        />
      }
    />
  );
}

/** A field's allowed values with their labels, named once in the messages' `options`. */
function useChoices(name: string, values: readonly string[]) {
  const text = useSettingText(useSettingsGroup());
  return values.map((value) => ({ value, label: text.value(name, value) }));
}

interface ChoiceProps extends ControlProps {
  values: readonly string[];
}

export function ChoiceControl({ name, label, help, values }: ChoiceProps) {
  const { field, errorText } = useField(name);
  const choices = useChoices(name, values);
  const labelId = useId();
  return (
    <FormControl error={errorText !== undefined} disabled={field.disabled}>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        name={field.name}
        value={field.value as string}
        onChange={(event) => field.onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <FormControlLabel key={choice.value} value={choice.value} control={<Radio />} label={choice.label} />
        ))}
      </RadioGroup>
      {!field.disabled && (errorText ?? help) && <FormHelperText>{errorText ?? help}</FormHelperText>}
    </FormControl>
  );
}

/** Several of a fixed list, kept in the list's order. */
export function MultiChoiceControl({ name, label, help, values }: ChoiceProps) {
  const { field, errorText } = useField(name);
  const choices = useChoices(name, values);
  const selected = new Set(field.value as string[]);
  const toggle = (value: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    field.onChange(choices.map((choice) => choice.value).filter((candidate) => next.has(candidate)));
  };
  return (
    <FormControl component="fieldset" error={errorText !== undefined} disabled={field.disabled}>
      <FormLabel component="legend">{label}</FormLabel>
      <FormGroup row>
        {choices.map((choice) => (
          <FormControlLabel
            key={choice.value}
            label={choice.label}
            control={
              <Checkbox
                checked={selected.has(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                onBlur={field.onBlur}
              />
            }
          />
        ))}
      </FormGroup>
      {!field.disabled && (errorText ?? help) && <FormHelperText>{errorText ?? help}</FormHelperText>}
    </FormControl>
  );
}

const splitEmails = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * A list of e-mail addresses typed as text. The text is the user's own (commas and spaces as
 * typed); the form holds the addresses, and a new value from outside (a restore) replaces it.
 */
export function EmailListControl({ name, label, help }: ControlProps) {
  const { field, errorText } = useField(name);
  const addresses = field.value as string[];
  const joined = addresses.join(',');
  const [text, setText] = useState(addresses.join(', '));
  const [seen, setSeen] = useState(joined);
  if (joined !== seen) {
    setSeen(joined);
    if (splitEmails(text).join(',') !== joined) setText(addresses.join(', '));
  }
  return (
    <TextField
      name={field.name}
      inputRef={field.ref}
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(splitEmails(event.target.value));
      }}
      onBlur={field.onBlur}
      disabled={field.disabled}
      error={errorText !== undefined}
      helperText={field.disabled ? undefined : (errorText ?? help)}
      autoComplete="off"
      fullWidth
    />
  );
}

/** A value the user sees but does not set here. */
export function ReadOnlyValue({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <TextField
      label={label}
      value={value}
      helperText={note}
      slotProps={{ htmlInput: { readOnly: true } }}
      sx={{ maxWidth: 360 }}
    />
  );
}
