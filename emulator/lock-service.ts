// LockService: a document lock shared by executions, in virtual time.
// Source: reference/lock (PLATFORM §3): tryLock(ms) → boolean; waitLock(ms) throws on timeout;
// released automatically when the execution ends. The timeout text is the widely reported
// "Lock timeout: another process was holding the lock for too long." (observed, not in the reference).
//
// Executions here are synchronous, so contention is staged by the test:
// - Emulator.stageLockHolder({ holdMs }): the next lock request finds the lock held by another
//   execution for holdMs more virtual ms; a wait of at least that long succeeds (the clock advances).
// - run(..., { whileLockHeld }) or { interleave }: a second execution runs while the first holds the
//   lock. The first cannot resume until the second returns, so the second sees the lock held for its
//   whole wait: tryLock(ms) returns false and waitLock(ms) throws after ms virtual ms.

import type { Execution } from "./execution";

/** The document lock's holder, shared by all executions. */
export class DocumentLockState {
  holder: number | "staged" | null = null;
  heldUntil = 0;
  staged: number | null = null;
  /** Called once when the execution with this id acquires the lock. */
  onAcquire: { executionId: number; run: () => void } | null = null;

  /** Frees the lock if `executionId` holds it (end of execution). */
  releaseFor(executionId: number): void {
    if (this.holder === executionId) this.holder = null;
  }
}

/** A Lock object of one execution. */
export class LockObj {
  constructor(
    private readonly ex: Execution,
    private readonly state: DocumentLockState,
  ) {}

  private acquire(timeoutMs: number): boolean {
    const s = this.state;
    const host = this.ex.host;
    if (s.holder === this.ex.id) return true;
    if (s.staged !== null) {
      s.holder = "staged";
      s.heldUntil = host.now() + s.staged;
      s.staged = null;
    }
    if (s.holder === "staged") {
      const remaining = s.heldUntil - host.now();
      if (remaining > timeoutMs) {
        host.advance(timeoutMs);
        return false;
      }
      host.advance(Math.max(0, remaining));
      s.holder = null;
    }
    if (s.holder !== null) {
      host.advance(timeoutMs);
      return false;
    }
    s.holder = this.ex.id;
    const hook = s.onAcquire;
    if (hook && hook.executionId === this.ex.id) {
      s.onAcquire = null;
      hook.run();
    }
    return true;
  }

  /**
   * A negative timeout never acquires: tryLock returns false, waitLock throws "Lock timeout" and
   * hasLock() stays false (observed on live Apps Script in a peer project's LockService contract
   * test, issue 17; the reference only says the timeout is in milliseconds).
   */
  tryLock(timeoutInMillis: number): boolean {
    const ms = Number(timeoutInMillis);
    return ms >= 0 && this.acquire(ms);
  }
  waitLock(timeoutInMillis: number): void {
    const ms = Number(timeoutInMillis);
    if (!(ms >= 0) || !this.acquire(ms))
      this.ex.fail("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this.state.holder === this.ex.id;
  }
  releaseLock(): void {
    this.state.releaseFor(this.ex.id);
  }
}

/** The LockService global for one execution. */
export function createLockService(ex: Execution): Record<string, unknown> {
  return {
    getDocumentLock: () => {
      ex.requireAuthorized("LockService", "getDocumentLock");
      return new LockObj(ex, ex.host.lock);
    },
  };
}
