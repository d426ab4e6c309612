// Runs the parser off the main thread so a large file never freezes the page. This module is part of
// the shared core script (scripts/build/core.ts): started as a worker from that script's text it
// answers parse requests; run in the page, where the same script defines the parser, it does nothing.
import { parseSafely } from './parseSafely';
import type { ParseRequest, ParseResponse } from './parseProtocol';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' && self instanceof WorkerGlobalScope) {
  const post = (message: ParseResponse) => (self as unknown as Worker).postMessage(message);
  self.onmessage = (event: MessageEvent<ParseRequest>) => {
    const { id, text, fileName, columns } = event.data;
    post({ id, type: 'started' });
    const start = performance.now();
    const result = parseSafely(text, fileName, columns);
    post({ id, type: 'done', result, ms: performance.now() - start });
  };
}
