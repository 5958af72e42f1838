// Keeps the presentation window and the presenter's window on the same step: a BroadcastChannel
// per dataset (no storage needed, so it works where storage is refused). Where there is no channel,
// each window simply steps on its own.

export interface PresentationChannel {
  send(step: number): void;
  close(): void;
}

export function openPresentationChannel(name: string, onStep: (step: number) => void): PresentationChannel {
  if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(`sourceline-presentation:${name}`);
  } catch {
    return { send: () => {}, close: () => {} };
  }
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { step?: unknown } | null;
    if (data && typeof data.step === 'number' && Number.isInteger(data.step) && data.step > 0) onStep(data.step);
  };
  return {
    send: (step) => channel.postMessage({ step }),
    close: () => channel.close(),
  };
}
