// Starting a Web Worker the page can do without: what it posts goes to `onMessage`; an error in it, or
// a message that cannot be read, goes to `onFail`, where the caller does the work on this thread.
export interface WorkerHandlers<Res> {
  onMessage(message: Res): void;
  onFail(): void;
}

/** The worker `make` starts, or null where none can start (an old browser, a policy against blob: workers, no script to start it from). */
export function startWorker<Res>(make: () => Worker, handlers: WorkerHandlers<Res>): Worker | null {
  try {
    const worker = make();
    worker.onmessage = (event: MessageEvent<Res>) => handlers.onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      handlers.onFail();
    };
    worker.onmessageerror = () => handlers.onFail();
    return worker;
  } catch {
    return null;
  }
}
