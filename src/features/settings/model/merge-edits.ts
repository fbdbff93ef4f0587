type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface TheirChange {
  field: string;
  /** What the form started from. */
  before: unknown;
  /** What the colleague saved. */
  after: unknown;
  /** The user changed this field too: their own value is kept, the colleague's shown. */
  alsoMine: boolean;
}

export interface MergedEdits<T extends Fields> {
  /** The colleague's version with the user's own edits laid over it. */
  merged: T;
  /** The fields the user had changed, to mark as unsaved edits again. */
  mine: (keyof T & string)[];
  theirs: TheirChange[];
}

/**
 * When someone saved first: start from what they saved, and re-apply every field the user
 * changed since the form was loaded, so nothing typed is lost and nothing of theirs is undone
 * without the user seeing it.
 */
export function mergeEdits<T extends Fields>(base: T, mine: T, theirs: T): MergedEdits<T> {
  const fields = Object.keys(theirs) as (keyof T & string)[];
  const changedByMe = fields.filter((field) => !same(base[field], mine[field]));
  const merged = { ...theirs };
  for (const field of changedByMe) merged[field] = mine[field];
  return {
    merged,
    mine: changedByMe,
    theirs: fields
      .filter((field) => !same(base[field], theirs[field]))
      .map((field) => ({ field, before: base[field], after: theirs[field], alsoMine: changedByMe.includes(field) })),
  };
}
