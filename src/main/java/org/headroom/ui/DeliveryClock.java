package org.headroom.ui;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * When each block came off the source, for measuring capture-to-screen latency: the capture
 * thread marks (frames so far, nanoTime) after every read, the EDT asks when the block that
 * ended at a snapshot's frame count arrived. A small ring: the screen is never more than a few
 * blocks behind.
 */
final class DeliveryClock {
    private static final int SLOTS = 256;
    private final AtomicLongArray frames = new AtomicLongArray(SLOTS);
    private final AtomicLongArray nanos = new AtomicLongArray(SLOTS);
    private int next;

    /** Capture thread only. */
    void mark(long framesSoFar, long nanoTime) {
        int slot = next;
        frames.set(slot, -1); // readers skip a slot while it is rewritten
        nanos.set(slot, nanoTime);
        frames.set(slot, framesSoFar);
        next = (slot + 1) % SLOTS;
    }

    /** The nanoTime at which the block ending at {@code framesSoFar} arrived, or -1 if it is no longer known. */
    long arrival(long framesSoFar) {
        for (int i = 0; i < SLOTS; i++) {
            if (frames.get(i) == framesSoFar) {
                long t = nanos.get(i);
                if (frames.get(i) == framesSoFar) return t;
            }
        }
        return -1;
    }
}
