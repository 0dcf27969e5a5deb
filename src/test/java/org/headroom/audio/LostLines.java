package org.headroom.audio;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.TargetDataLine;

/**
 * A capture line that delivers a 1 kHz tone for a while and then nothing, as a USB interface
 * pulled out or a stopped audio server do: {@code read} returns 0 though nobody closed the line.
 * The tone's sample n is round(8000 sin(2 pi 1000 n / 48000)) on both channels, so a test can
 * check a recording of it sample by sample.
 */
public final class LostLines {
    private LostLines() {
    }

    /** A LineSource at 48 kHz/16-bit/stereo whose device goes away after {@code frames} frames, read as fast as asked. */
    public static LineSource lostAfter(long frames) {
        return new Paced(false).lostAfter(frames).source();
    }

    /**
     * The same fake line, optionally delivering at the pace of a sound card, whose loss the test
     * may set while it runs (say, a second after a take started in the window).
     */
    public static final class Paced {
        private final boolean paced;
        private final AtomicLong limit = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong delivered = new AtomicLong();
        private LineSource source;

        public Paced(boolean paced) {
            this.paced = paced;
        }

        /** The device goes away once {@code frames} frames in all have been delivered. */
        public Paced lostAfter(long frames) {
            limit.set(frames);
            return this;
        }

        /** Frames the line has delivered so far. */
        public long delivered() {
            return delivered.get();
        }

        /** The one source on this line, made at the first call. */
        public synchronized LineSource source() {
            if (source == null) source = open(limit, delivered, paced);
            return source;
        }
    }

    private static LineSource open(AtomicLong limit, AtomicLong deliveredCount, boolean paced) {
        CaptureFormat f = CaptureFormat.parse("48000:16:2");
        long[] delivered = {0};
        long[] startNanos = {-1};
        boolean[] open = {true};
        TargetDataLine line = (TargetDataLine) Proxy.newProxyInstance(LostLines.class.getClassLoader(),
                new Class<?>[] {TargetDataLine.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "read": {
                            byte[] b = (byte[]) args[0];
                            int off = (Integer) args[1];
                            int len = (Integer) args[2];
                            if (startNanos[0] < 0) startNanos[0] = System.nanoTime();
                            int n = (int) Math.max(0, Math.min(len / 4, limit.get() - delivered[0]));
                            for (int i = 0; i < n; i++) {
                                short v = (short) Math.round(8000 * Math.sin(2 * Math.PI * 1000 * (delivered[0] + i) / 48000.0));
                                for (int c = 0; c < 2; c++) {
                                    b[off + 4 * i + 2 * c] = (byte) v;
                                    b[off + 4 * i + 2 * c + 1] = (byte) (v >> 8);
                                }
                            }
                            delivered[0] += n;
                            deliveredCount.set(delivered[0]);
                            if (paced && n > 0) PacedSource.sleepUntil(startNanos[0] + delivered[0] * 1_000_000_000L / 48000);
                            return n * 4;
                        }
                        case "getBufferSize": return 48000 * 4 / 2;
                        case "available": return 0;
                        case "isOpen": return open[0];
                        case "close": open[0] = false; return null;
                        case "hashCode": return System.identityHashCode(proxy);
                        case "equals": return proxy == args[0];
                        case "toString": return "lost line";
                        default:
                            Class<?> r = method.getReturnType();
                            if (r == boolean.class) return false;
                            if (r == int.class) return 0;
                            if (r == long.class) return 0L;
                            if (r == float.class) return 0f;
                            return null;
                    }
                });
        return LineSource.started(line, "fake interface", f);
    }
}
