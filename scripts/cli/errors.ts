/** CLI failures that end the process with a one-line message instead of a stack trace. */

/** Bad arguments: exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Input that cannot be read or is not text: exit code 1. */
export class InputError extends Error {
  readonly exitCode = 1;
}
