import { describe, expect, test } from 'vitest';
import { InFlight } from '../../src/build/in-flight.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('InFlight', () => {
  test('never runs more than its limit of jobs at once, and drain waits for all of them', async () => {
    const queue = new InFlight(3);
    let running = 0;
    let most = 0;
    let done = 0;
    for (let i = 0; i < 10; i++) {
      await queue.add(async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
        done++;
      });
    }
    await queue.drain();
    expect(most).toBe(3);
    expect(done).toBe(10);
    expect(queue.size).toBe(0);
  });

  test('fails drain with the first job that rejected, after the others finished', async () => {
    const queue = new InFlight(2);
    let finished = 0;
    await queue.add(() => Promise.reject(new Error('first')));
    await queue.add(async () => void (await tick(), finished++));
    await queue.add(() => Promise.reject(new Error('second')));
    await expect(queue.drain()).rejects.toThrow('first');
    expect(finished).toBe(1);
  });
});
