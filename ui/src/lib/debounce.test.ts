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
});
