import type { Request } from 'playwright-core';

/** Bytes a request put on the wire (response headers and body); 0 for a request that got no response. */
export function transferredBytes(request: Request): Promise<number> {
  return request
    .response()
    .then(async (response) => {
      if (!response) return 0;
      await response.finished();
      const sizes = await request.sizes();
      return sizes.responseBodySize + sizes.responseHeadersSize;
    })
    .catch(() => 0);
}
