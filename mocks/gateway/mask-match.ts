/**
 * The order-number mask of the cabinet: "%" stands for any run of characters (none included);
 * everything else, "_" too (common in real order numbers), is literal; case is ignored; the
 * mask covers the whole number. Matched without a regular expression: a RegExp built from
 * user input backtracks exponentially on masks like "%%%%%%!" against long numbers, and one
 * such request stalls every other. Here the literal pieces are found left to right, each
 * search starting where the previous one ended, so a match costs time linear in the number.
 */
export type MaskMatcher = (text: string) => boolean;

export function compileMask(mask: string): MaskMatcher {
  const pieces = mask.toLowerCase().split('%');
  const head = pieces[0]!;
  if (pieces.length === 1) return (text) => text.toLowerCase() === head;
  const tail = pieces[pieces.length - 1]!;
  // Repeated "%" leave empty pieces, which match anywhere and cost nothing.
  const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
  const minLength = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return (text) => {
    const folded = text.toLowerCase();
    if (folded.length < minLength || !folded.startsWith(head) || !folded.endsWith(tail)) return false;
    const end = folded.length - tail.length;
    let at = head.length;
    for (const piece of middle) {
      const found = folded.indexOf(piece, at);
      // The leftmost place is the best one: any later one leaves less room for what follows.
      if (found === -1 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}
