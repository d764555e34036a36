/**
 * Errors shaped like OfficeExtension.Error: a `code` (PropertyNotLoaded, ItemNotFound,
 * InvalidArgument, RequestPayloadSizeLimitExceeded, …), a message and `debugInfo`.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export const notLoaded = (prop: string): FakeOfficeError =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    prop,
  );
