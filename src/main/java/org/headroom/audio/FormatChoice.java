package org.headroom.audio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which to try formats on a device: what was asked first, then what the device
 * offers, closest to what was asked. Closeness: the same channel count matters most (a mono
 * meter for a stereo request loses a channel), then the rate (higher before lower, so nothing
 * above the request's band is lost), then the bits (more before fewer).
 */
final class FormatChoice {
    private FormatChoice() {
    }

    static List<CaptureFormat> candidates(CaptureFormat request, List<CaptureFormat> offered) {
        Set<CaptureFormat> concrete = new LinkedHashSet<>();
        // a device that leaves the rate open is tried at the common rates when the requested one fails
        for (CaptureFormat f : offered) concrete.addAll(f.concrete(request));
        concrete.remove(request);
        List<CaptureFormat> ranked = new ArrayList<>(concrete);
        ranked.sort(closestTo(request));
        List<CaptureFormat> order = new ArrayList<>();
        order.add(request);
        order.addAll(ranked);
        return order;
    }

    static Comparator<CaptureFormat> closestTo(CaptureFormat request) {
        return Comparator.<CaptureFormat>comparingInt(f -> f.channels() == request.channels() ? 0 : 1)
                .thenComparingInt(f -> Math.abs(f.channels() - request.channels()))
                .thenComparingInt(f -> rateDistance(f.sampleRate(), request.sampleRate()))
                .thenComparingInt(f -> bitsDistance(f.bits(), request.bits()));
    }

    private static int rateDistance(int rate, int wanted) {
        // Any higher rate ranks before every lower one.
        return rate >= wanted ? rate - wanted : 10_000_000 + (wanted - rate);
    }

    private static int bitsDistance(int bits, int wanted) {
        return bits >= wanted ? bits - wanted : 100 + (wanted - bits);
    }
}
