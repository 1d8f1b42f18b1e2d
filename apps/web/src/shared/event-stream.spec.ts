import { describe, expect, it } from 'vitest';

import { readEvents, type StreamEvent } from './event-stream';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readEvents', () => {
  it('reads named events split anywhere across chunks', async () => {
    const events: StreamEvent[] = [];
    await readEvents(streamOf('event: board\ndata: {"a"', ':1}\n\nevent: called\r\n', 'data: {"b":2}\r\n\r\n'), (event) =>
      events.push(event),
    );
    expect(events).toEqual([
      { type: 'board', data: '{"a":1}' },
      { type: 'called', data: '{"b":2}' },
    ]);
  });

  it('ignores comments and joins multi-line data', async () => {
    const events: StreamEvent[] = [];
    await readEvents(streamOf(': keep-alive\n\ndata: one\ndata: two\n\n'), (event) => events.push(event));
    expect(events).toEqual([{ type: 'message', data: 'one\ntwo' }]);
  });
});
