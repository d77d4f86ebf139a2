/** Why saving an article for offline failed, for the interface to word. */
export type SaveProblem = 'no-space' | 'blocked';

/** A save the browser refused: the device is full, or storage is not allowed (private browsing). */
export class SaveError extends Error {
  constructor(
    message: string,
    readonly kind: SaveProblem,
  ) {
    super(message);
    this.name = 'SaveError';
  }

  /** The device ran out of space. */
  get quota(): boolean {
    return this.kind === 'no-space';
  }
}
