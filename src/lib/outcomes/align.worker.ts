// Aligns tasks off the main thread, so thousands of tasks never freeze the page. Bundled as an inline
// worker (a Blob URL) so it loads from file:// inside the single file.
import { alignTasks } from './align';
import type { AlignRequest, AlignResponse } from './alignProtocol';

self.onmessage = (event: MessageEvent<AlignRequest>) => {
  const { id, from, to, options } = event.data;
  let message: AlignResponse;
  try {
    message = { id, ok: true, alignments: alignTasks(from, to, options) };
  } catch (e) {
    message = { id, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(message);
};
