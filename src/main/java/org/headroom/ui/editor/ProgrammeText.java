package org.headroom.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headroom.analysis.TimeFormat;
import org.headroom.edit.ProgrammeMap;
import org.headroom.edit.Timeline;

/**
 * A finding's words in programme time. The engine writes its messages about the source
 * ("from 0:00:04.249 to 0:00:04.755", "(at 0:00:09.040)"), but the list sorts and selects in
 * programme time; after a cut the two disagree, so every clock time in the message is moved
 * through the edit list and written in the chosen time format. A time that was cut out reads
 * as the join that replaced it, marked "cut", because that is where a listener would look.
 */
final class ProgrammeText {
    /** The engine's clock times, h:mm:ss.mmm, as {@link TimeFormat#MILLISECONDS} writes them. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d+:\\d{2}:\\d{2}\\.\\d{3}\\b");

    private ProgrammeText() {
    }

    /** {@code sourceText} with each clock time moved to the programme. */
    static String of(String sourceText, ProgrammeMap map, int rate) {
        Matcher m = CLOCK.matcher(sourceText);
        if (!m.find()) return sourceText;
        StringBuilder out = new StringBuilder(sourceText.length() + 16);
        do {
            long source = TimeFormat.MILLISECONDS.parse(m.group(), rate);
            m.appendReplacement(out, Matcher.quoteReplacement(moved(source, map, rate)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String moved(long source, ProgrammeMap map, int rate) {
        long out = map.toOutput(source);
        if (out >= 0 || source >= map.timeline().sourceFrames()) {
            // the source's very end is a position, not a sample: it plays where the programme ends if it was kept
            return TimeDisplay.of(out >= 0 ? out : endOf(source, map), rate);
        }
        return TimeDisplay.of(joinAfter(source, map), rate) + " (cut)";
    }

    /** Where the source's end plays: the end of the piece that ends there, else the programme's end. */
    private static long endOf(long source, ProgrammeMap map) {
        for (Timeline.Piece p : map.timeline().pieces()) {
            if (!p.inserted() && p.sourceEnd() == source) return p.outputStart() + p.length();
        }
        return map.frames();
    }

    /** The output frame of the first kept material after a cut-out source frame: the join a listener hears. */
    private static long joinAfter(long source, ProgrammeMap map) {
        for (Timeline.Piece p : map.timeline().pieces()) {
            if (!p.inserted() && p.sourceStart() > source) return p.outputStart();
        }
        return map.frames();
    }
}
