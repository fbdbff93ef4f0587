import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { DateTime } from 'luxon';
import { useEffect, useRef, useState } from 'react';
import { fromWallTime, toWallTime } from '@/lib/zoned-time';

const WALL_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";

export interface PeriodPickerProps {
  label: string;
  /** The UTC instant the URL holds, or undefined. */
  value: string | undefined;
  timeZone: string;
  /** The field's format in the UI's language, e.g. "dd.MM.yyyy HH:mm:ss". */
  format: string;
  invalidText: string;
  /** Called with the new instant (undefined clears) on Enter, on leaving the field, on picking or clearing. */
  onCommit: (instant: string | undefined) => void;
}

const toPicker = (instant: string | undefined, timeZone: string) =>
  instant === undefined ? null : DateTime.fromISO(toWallTime(instant, timeZone), { zone: timeZone });

/**
 * One end of the period: a date-time picker in the merchant's zone and the UI's language. The
 * field keeps its own draft, as the text filters do, and sends the instant through the same
 * wall-time conversion the URL has always used, so a link keeps its meaning. A date typed only
 * in part is never sent: the field says it is incomplete and the filter in force stays.
 *
 * The picker also "accepts" a field edit as soon as the sections make a valid date, which for
 * seconds "30" is already after the "3" (its source then reads "unknown", not "field"):
 * committing there re-rendered the field mid-section and lost the "0". Typed edits are therefore
 * committed only on Enter or on leaving the field; acceptance counts for the picker's views.
 */
export function PeriodPicker({ label, value, timeZone, format, invalidText, onCommit }: PeriodPickerProps) {
  const [draft, setDraft] = useState<DateTime | null>(() => toPicker(value, timeZone));
  const [incomplete, setIncomplete] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(toPicker(value, timeZone));
    setIncomplete(false);
  }
  // The picker answers null both for an empty field and for one filled in part; its hidden
  // input, which holds the sections' text, tells the two apart.
  const input = useRef<HTMLInputElement>(null);
  // What the field last reported: a key pressed right after the last digit may arrive before
  // the render that carries it.
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);
  const commitSoon = () => setTimeout(() => commit(latest.current));

  // Sent when the person is done with the field rather than after a pause: a pause inside
  // "10:15:3…" would otherwise ask the server for a second nobody meant.
  const commit = (next: DateTime | null, cleared = false) => {
    const partial = next === null ? !cleared && (input.current?.value ?? '') !== '' : !next.isValid;
    setIncomplete(partial);
    if (partial) return;
    const instant = next === null ? undefined : (fromWallTime(next.toFormat(WALL_FORMAT), timeZone) ?? undefined);
    if (instant !== value) {
      setSeen(instant);
      onCommit(instant);
    }
  };

  return (
    <DateTimePicker
      label={label}
      value={draft}
      timezone={timeZone}
      format={format}
      views={['year', 'month', 'day', 'hours', 'minutes', 'seconds']}
      ampm={false}
      onChange={(next) => {
        latest.current = next;
        setDraft(next);
        setIncomplete(false);
      }}
      onAccept={(next, context) => {
        if (context.source === 'view') commit(next);
      }}
      slotProps={{
        textField: {
          size: 'small',
          inputRef: input,
          error: incomplete,
          helperText: incomplete ? invalidText : undefined,
          onBlur: (event) => {
            // Moving between the field's own sections (day, month, …) is not leaving it.
            if (!event.currentTarget.contains(event.relatedTarget)) commitSoon();
          },
          onKeyDown: (event) => {
            if (event.key !== 'Enter') return;
            // Not a line break in the field's editable sections, which would empty them.
            event.preventDefault();
            commitSoon();
          },
        },
        field: { clearable: true, onClear: () => commit(null, true) },
      }}
      sx={{ width: { xs: '100%', sm: 260 } }}
    />
  );
}
