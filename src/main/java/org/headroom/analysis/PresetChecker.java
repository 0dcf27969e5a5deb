package org.headroom.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headroom.analysis.DeliveryCheck.Item;
import org.headroom.analysis.DeliveryCheck.Status;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.headroom.preset.DeliveryPreset;

/**
 * Measures a report against a delivery preset. Used by {@code analyze --preset} and by the
 * export's delivery check, so both judge a file the same way.
 *
 * <p>Values are compared as they are shown (rounded to 0.01 dB), so a file reported as
 * -15.00 LUFS passes -16 ±1. An undefined level (null, silence) is below any ceiling but
 * misses any target range.
 */
public final class PresetChecker {
    private PresetChecker() {
    }

    /** The report with the preset's check attached and a finding for every item that is not a plain pass. */
    public static Report apply(Report report, DeliveryPreset preset) {
        DeliveryCheck check = check(report, preset);
        return report.withDelivery(check, findings(check, report));
    }

    public static DeliveryCheck check(Report report, DeliveryPreset p) {
        List<Item> items = new ArrayList<>();
        Double integrated = report.loudness() == null ? null : report.loudness().integratedLufs();
        if (p.integratedLufs() != null) {
            double t = p.integratedLufs();
            if (p.toleranceLu() == null) {
                items.add(new Item("integratedLufs", "Integrated loudness", "LUFS", t, null, null, integrated,
                        Status.INFO, p.sourceOf("integratedLufs")));
            } else {
                items.add(range("integratedLufs", "Integrated loudness", "LUFS", t, t - p.toleranceLu(), t + p.toleranceLu(),
                        integrated, Status.FAIL, joined(p.sourceOf("integratedLufs"), p.sourceOf("toleranceLu"))));
            }
            if (p.qcToleranceLu() != null) {
                items.add(range("qcToleranceLu", "Integrated loudness (QC)", "LUFS", t, t - p.qcToleranceLu(),
                        t + p.qcToleranceLu(), integrated, Status.WARN, p.sourceOf("qcToleranceLu")));
            }
        }
        Report.Levels levels = report.levels();
        if (p.truePeakMaxDbtp() != null) {
            items.add(ceiling("truePeakMaxDbtp", "True peak", "dBTP", p.truePeakMaxDbtp(),
                    levels == null ? null : levels.truePeakDbtp(), p.sourceOf("truePeakMaxDbtp")));
        }
        if (p.samplePeakMaxDbfs() != null) {
            items.add(ceiling("samplePeakMaxDbfs", "Sample peak", "dBFS", p.samplePeakMaxDbfs(),
                    levels == null ? null : levels.samplePeakDbfs(), p.sourceOf("samplePeakMaxDbfs")));
        }
        if (p.rmsMinDbfs() != null && p.rmsMaxDbfs() != null) {
            items.add(range("rmsDbfs", "RMS level", "dBFS", null, p.rmsMinDbfs(), p.rmsMaxDbfs(),
                    levels == null ? null : levels.rmsDbfs(), Status.FAIL, p.sourceOf("rmsMinDbfs")));
        }
        if (p.noiseFloorMaxDbfs() != null) {
            items.add(ceiling("noiseFloorMaxDbfs", "Noise floor", "dBFS", p.noiseFloorMaxDbfs(),
                    report.noise() == null ? null : report.noise().noiseFloorDbfs(), p.sourceOf("noiseFloorMaxDbfs")));
        }
        return DeliveryCheck.of(p.name(), p.title(), items);
    }

    /** One finding per item that did not plainly pass, covering the whole programme. */
    public static List<Finding> findings(DeliveryCheck check, Report report) {
        long frames = report.format() != null && report.format().frames() != null ? report.format().frames() : 0;
        double seconds = report.format() != null && report.format().durationSeconds() != null
                ? report.format().durationSeconds() : 0.0;
        List<Finding> out = new ArrayList<>();
        for (Item item : check.items()) {
            if (item.status() == Status.PASS) continue;
            if (item.status() == Status.INFO && !farFromGuide(item)) continue;
            FindingKind kind = item.figure().endsWith("Lufs") || item.figure().equals("qcToleranceLu")
                    ? FindingKind.LOUDNESS_TARGET : FindingKind.DELIVERY;
            out.add(new Finding(kind, severity(item.status()), Finding.ALL_CHANNELS, 0, frames, 0.0, seconds,
                    item.measured() == null ? Double.NaN : item.measured(),
                    check.preset() + ": " + describeLimit(item), message(item, check.title())));
        }
        return out;
    }

    private static Item range(String figure, String label, String unit, Double target, double min, double max,
                              Double measured, Status whenOutside, String source) {
        boolean inside = measured != null && shown(measured) >= min - 1e-9 && shown(measured) <= max + 1e-9;
        return new Item(figure, label, unit, target, min, max, measured, inside ? Status.PASS : whenOutside, source);
    }

    private static Item ceiling(String figure, String label, String unit, double max, Double measured, String source) {
        boolean below = measured == null || shown(measured) <= max + 1e-9;
        return new Item(figure, label, unit, null, null, max, measured, below ? Status.PASS : Status.FAIL, source);
    }

    private static String joined(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.equals(b) ? a : a + "; " + b;
    }

    private static double shown(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    /** A normalising platform's guide is worth mentioning once the file is a full LU away from it. */
    private static boolean farFromGuide(Item item) {
        return item.measured() != null && Math.abs(item.measured() - item.target()) >= 1.0;
    }

    private static Severity severity(Status status) {
        switch (status) {
            case FAIL: return Severity.ERROR;
            case WARN: return Severity.WARNING;
            default: return Severity.INFO;
        }
    }

    static String describeLimit(Item item) {
        if (item.target() != null && item.min() != null) {
            return String.format(Locale.ROOT, "%s %s ±%s %s", item.label().toLowerCase(Locale.ROOT), num(item.target()),
                    num(item.max() - item.target()), item.unit());
        }
        if (item.target() != null) return String.format(Locale.ROOT, "%s %s %s (normalised)", item.label().toLowerCase(Locale.ROOT), num(item.target()), item.unit());
        if (item.min() != null) return String.format(Locale.ROOT, "%s %s to %s %s", item.label().toLowerCase(Locale.ROOT), num(item.min()), num(item.max()), item.unit());
        return String.format(Locale.ROOT, "%s ≤ %s %s", item.label().toLowerCase(Locale.ROOT), num(item.max()), item.unit());
    }

    private static String message(Item item, String title) {
        if (item.measured() == null) {
            return item.label() + " is undefined (the file is silent or too short), so it cannot meet " + title + ".";
        }
        double m = item.measured();
        String measured = String.format(Locale.ROOT, "%s %.1f %s", item.label(), m, item.unit());
        if (item.status() == Status.INFO) {
            double change = item.target() - m;
            return String.format(Locale.ROOT, "%s; %s plays at %s %s, so it will be turned %s by about %.1f dB.",
                    measured, title, num(item.target()), item.unit(), change < 0 ? "down" : "up", Math.abs(change));
        }
        if (item.max() != null && m > item.max()) {
            return String.format(Locale.ROOT, "%s is above the %s limit of %s %s: lower it by at least %.1f dB.",
                    measured, title, num(item.max()), item.unit(), m - item.max());
        }
        return String.format(Locale.ROOT, "%s is below the %s range from %s %s: raise it by at least %.1f dB.",
                measured, title, num(item.min()), item.unit(), item.min() - m);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
