import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

afterEach(() => vi.useRealTimers());

describe('debounce', () => {
  it('runs once typing pauses, with the last value', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const d = debounce(async (text: string) => void seen.push(text), 400);
    d.call('a');
    await vi.advanceTimersByTimeAsync(100);
    d.call('ab');
    await vi.advanceTimersByTimeAsync(399);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['ab']);
  });

  it('still saves during a long burst of typing, at least every maxWait', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const d = debounce(async (text: string) => void seen.push(text), 400, 800);
    let text = '';
    // A key every 100 ms for 2 seconds never pauses for 400 ms.
    for (let i = 0; i < 20; i++) {
      text += 'x';
      d.call(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)!.length).toBeGreaterThanOrEqual(16);
  });

  it('flush runs a waiting call at once, and only once', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const d = debounce(async (text: string) => void seen.push(text), 400);
    d.call('now');
    expect(d.waiting).toBe(true);
    await d.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual(['now']);
    expect(d.waiting).toBe(false);
  });

  it('flush waits for a save the timer already started, so closing loses nothing', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    let finish: () => void = () => undefined;
    const d = debounce(
      (text: string) =>
        new Promise<void>((resolve) => {
          finish = () => {
            saved.push(text);
            resolve();
          };
        }),
      400,
    );
    d.call('every word');
    await vi.advanceTimersByTimeAsync(400);
    // The save is under way and nothing is waiting: the window is closed now.
    expect(d.waiting).toBe(false);
    let flushed = false;
    const closing = d.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(flushed).toBe(false);
    finish();
    await closing;
    expect(saved).toEqual(['every word']);
  });

  it('never lets an older save land after a newer one', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const d = debounce(async (text: string) => {
      // The first save is the slowest.
      await new Promise((resolve) => setTimeout(resolve, text === 'old' ? 300 : 10));
      saved.push(text);
    }, 100);
    d.call('old');
    await vi.advanceTimersByTimeAsync(100);
    d.call('new');
    const flushed = d.flush();
    await vi.advanceTimersByTimeAsync(400);
    await flushed;
    expect(saved).toEqual(['old', 'new']);
  });
});
