/**
 * A heartbeat, a warning's record or a timeline link that failed to write (a full disk): the exam goes on, since the
 * clock is counted from the start and the lock is checked at every save; the console keeps the cause.
 */
export function logExamFailure(error: unknown): void {
  console.error('Exam record not written', error);
}
