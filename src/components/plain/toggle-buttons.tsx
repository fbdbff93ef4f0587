import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './toggle-buttons.module.css';
import { classNames } from './class-names';

export interface ToggleOption<V extends string> {
  value: V;
  content: ReactNode;
  title?: string;
  lang?: string;
  /** Extra attributes of the button (`data-*` hooks). */
  attributes?: Record<`data-${string}`, string>;
}

export interface ToggleButtonsProps<V extends string> {
  label: string;
  options: readonly ToggleOption<V>[];
  /** The pressed option; null presses none. */
  value: V | null;
  onSelect: (value: V) => void;
  /** `inverse` on the blue app bar. */
  tone?: 'standard' | 'inverse';
  className?: string;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Exclusive toggle buttons (`aria-pressed` in a labelled group), one Tab stop: Tab reaches the
 * last one focused (at first the pressed one), arrows, Home and End move between them, Enter or
 * Space presses. What MUI's ToggleButtonGroup does, as plain buttons: the sign-in page's
 * header draws one without MUI, and the monitor's quick views re-render at every filter change
 * without MUI's styles being worked out again.
 */
export function ToggleButtons<V extends string>({
  label,
  options,
  value,
  onSelect,
  tone = 'standard',
  className,
}: ToggleButtonsProps<V>) {
  const [focused, setFocused] = useState<V | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const stop = focused ?? value ?? options[0]?.value;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    const index = buttons.current.findIndex((button) => button === document.activeElement);
    if (!move || index < 0) return;
    event.preventDefault();
    buttons.current[move(index, options.length)]?.focus();
  };

  return (
    <div
      role="group"
      aria-label={label}
      className={classNames(styles.group, tone === 'inverse' && styles.inverse, className)}
      onKeyDown={onKeyDown}
    >
      {options.map((option, index) => (
        <button
          key={option.value}
          ref={(button) => {
            buttons.current[index] = button;
          }}
          type="button"
          lang={option.lang}
          title={option.title}
          aria-pressed={option.value === value}
          tabIndex={option.value === stop ? 0 : -1}
          className={styles.option}
          onFocus={() => setFocused(option.value)}
          onClick={() => {
            if (option.value !== value) onSelect(option.value);
          }}
          {...option.attributes}
        >
          {option.content}
        </button>
      ))}
    </div>
  );
}
