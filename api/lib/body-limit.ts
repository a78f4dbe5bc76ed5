import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './problem.ts';

/** Refuses a request body over `maxSize` bytes with a 413 problem that says `detail`. */
export function limitBody(maxSize: number, detail = 'This request is larger than allowed.') {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'Request too large', detail);
    },
  });
}
