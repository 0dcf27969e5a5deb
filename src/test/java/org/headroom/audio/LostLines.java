package org.headroom.audio;

import java.lang.reflect.Proxy;
import javax.sound.sampled.TargetDataLine;

/**
 * A capture line that delivers a 1 kHz tone for a while and then nothing, as a USB interface
 * pulled out or a stopped audio server do: {@code read} returns 0 though nobody closed the line.
 */
public final class LostLines {
    private LostLines() {
    }

    /** A LineSource at 48 kHz/16-bit/stereo whose device goes away after {@code frames} frames. */
    public static LineSource lostAfter(long frames) {
        CaptureFormat f = CaptureFormat.parse("48000:16:2");
        long[] delivered = {0};
        boolean[] open = {true};
        TargetDataLine line = (TargetDataLine) Proxy.newProxyInstance(LostLines.class.getClassLoader(),
                new Class<?>[] {TargetDataLine.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "read": {
                            byte[] b = (byte[]) args[0];
                            int off = (Integer) args[1];
                            int len = (Integer) args[2];
                            int n = (int) Math.min(len / 4, frames - delivered[0]);
                            for (int i = 0; i < n; i++) {
                                short v = (short) Math.round(8000 * Math.sin(2 * Math.PI * 1000 * (delivered[0] + i) / 48000.0));
                                for (int c = 0; c < 2; c++) {
                                    b[off + 4 * i + 2 * c] = (byte) v;
                                    b[off + 4 * i + 2 * c + 1] = (byte) (v >> 8);
                                }
                            }
                            delivered[0] += n;
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
