/**
 * Runs `task` once the browser has painted the current frame: for work a reader does not see (head tags,
 * moving focus) that would otherwise force a style and layout pass before the new page is painted.
 * Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
