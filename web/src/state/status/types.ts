/** The graph's requests: idle, loading with what is being loaded, or failed with the API's message and a retry. */
export type GraphRequestState =
  | { phase: 'idle' }
  | { phase: 'loading'; what: string }
  | { phase: 'error'; what: string; message: string; retry: () => void };
