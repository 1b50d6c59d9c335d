/** `kind: Status` bodies as the API server writes them for failures. */

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'AlreadyExists',
  410: 'Expired',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

const MESSAGES: Record<number, string> = {
  400: 'the server rejected our request for an unknown reason',
  401: 'Unauthorized',
  403: 'forbidden',
  404: 'the server could not find the requested resource',
  405: 'the server does not allow this method on the requested resource',
  409: 'the object has been modified; please apply your changes to the latest version and try again',
  410: 'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.',
  429: 'Too many requests, please try again later.',
  500: 'Internal error occurred: the simulated cluster was asked to fail this request',
  503: 'the server is currently unable to handle the request',
  504: 'the server was unable to return a response in the time allotted, but may still be processing the request',
};

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: { reason?: string; message?: string; field?: string }[];
  retryAfterSeconds?: number;
}

export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: StatusDetails;
  code: number;
}

export function defaultReason(code: number): string {
  return REASONS[code] ?? (code >= 500 ? 'InternalError' : 'BadRequest');
}

export function statusBody(code: number, opts: { reason?: string; message?: string; details?: StatusDetails } = {}): StatusBody {
  const body: StatusBody = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: opts.message ?? MESSAGES[code] ?? `the simulated cluster answered ${code}`,
    reason: opts.reason ?? defaultReason(code),
    code,
  };
  if (opts.details) body.details = opts.details;
  return body;
}

export function notFound(plural: string, name: string, group = ''): StatusBody {
  return statusBody(404, { message: `${group ? `${plural}.${group}` : plural} "${name}" not found`, details: { name, group: group || undefined, kind: plural } });
}

export function alreadyExists(plural: string, name: string, group = ''): StatusBody {
  return statusBody(409, {
    reason: 'AlreadyExists',
    message: `${group ? `${plural}.${group}` : plural} "${name}" already exists`,
    details: { name, group: group || undefined, kind: plural },
  });
}

export function badRequest(message: string): StatusBody {
  return statusBody(400, { message });
}
