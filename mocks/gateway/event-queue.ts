/**
 * A binary min-heap of (instant, item): the gateway's agenda of things that fall due by
 * themselves. Reads pop only what is due, so a request never scans every order.
 */
export interface EventQueue<T> {
  push(at: number, item: T): void;
  /** Removes and returns the earliest entry due at or before `now`, or undefined. */
  popDue(now: number): { at: number; item: T } | undefined;
  peekAt(): number | undefined;
  readonly size: number;
}

export function createEventQueue<T>(): EventQueue<T> {
  const ats: number[] = [];
  const items: T[] = [];

  const swap = (i: number, j: number) => {
    [ats[i], ats[j]] = [ats[j]!, ats[i]!];
    [items[i], items[j]] = [items[j]!, items[i]!];
  };

  const up = (start: number) => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (ats[parent]! <= ats[i]!) break;
      swap(i, parent);
      i = parent;
    }
  };

  const down = (start: number) => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < ats.length && ats[left]! < ats[smallest]!) smallest = left;
      if (right < ats.length && ats[right]! < ats[smallest]!) smallest = right;
      if (smallest === i) return;
      swap(i, smallest);
      i = smallest;
    }
  };

  return {
    push(at, item) {
      ats.push(at);
      items.push(item);
      up(ats.length - 1);
    },
    popDue(now) {
      if (ats.length === 0 || ats[0]! > now) return undefined;
      const top = { at: ats[0]!, item: items[0]! };
      const lastAt = ats.pop()!;
      const lastItem = items.pop()!;
      if (ats.length > 0) {
        ats[0] = lastAt;
        items[0] = lastItem;
        down(0);
      }
      return top;
    },
    peekAt: () => ats[0],
    get size() {
      return ats.length;
    },
  };
}
