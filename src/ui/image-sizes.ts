// No zod here: the browser bundle imports this file.

/** The column a body picture (and the hero) fills: the measure on a wide screen, the window on a phone. */
export const BODY_SIZES = '(min-width: 70rem) 44rem, 100vw';

/** A list card's picture: a column of a grid or list on a wide screen, the window on a phone. */
export const CARD_SIZES = '(min-width: 40rem) 24rem, 100vw';
