/** Amber with black text (contrast above 11:1): the colour of test data everywhere. */
export const TEST_MODE_BACKGROUND = '#ffb300';
export const TEST_MODE_TEXT = '#000000';
