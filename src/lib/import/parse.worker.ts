// Runs the parser off the main thread so a large file never freezes the page.
// Bundled as an inline worker (a Blob URL) so it loads from file:// inside the single file.
import { parseSafely } from './parseSafely';
import type { ParseRequest, ParseResponse } from './parseProtocol';

const post = (message: ParseResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text, fileName } = event.data;
  post({ id, type: 'started' });
  const start = performance.now();
  const result = parseSafely(text, fileName);
  post({ id, type: 'done', result, ms: performance.now() - start });
};
