// One way to change the workbook while nobody else does: the document lock, Sheets' pending writes
// flushed before it is released (LockService guide; PLATFORM "LockService"), and a message a person
// understands when someone else holds it.
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `run` holding the document lock, flushing its writes before the lock is released; throws
 * `busy` when someone else holds it past the wait. Inside a command that already holds it, just runs.
 */
export function underDocumentLock<T>(busy: string, run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock.hasLock()) return run();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(busy);
  try {
    const result = run();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
