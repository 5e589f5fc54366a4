/** Every failure the product knows how to name. Expected outcomes (no evidence, no model) are values, not errors. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_INPUT'
  | 'UNSUPPORTED_FILE'
  | 'NOT_A_PDF'
  | 'PDF_EMPTY'
  | 'PDF_ENCRYPTED'
  | 'PDF_CORRUPT'
  | 'NO_TEXT_LAYER'
  | 'EMPTY_FILE'
  | 'DUPLICATE'
  | 'FORBIDDEN'
  | 'CONFIG'
  | 'STORE'
  | 'MODEL'
  | 'SLACK'
  | 'INTERNAL';

/** The one error type of the product: a code a program can branch on and a message a person can read. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Wraps anything thrown into an AppError, keeping AppErrors as they are. */
export function toAppError(err: unknown, code: ErrorCode = 'INTERNAL'): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError(code, message, {}, { cause: err });
}
