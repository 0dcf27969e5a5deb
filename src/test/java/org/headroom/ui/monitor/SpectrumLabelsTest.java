package org.headroom.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 10's left-over: on a small spectrum card the level labels overlapped. For every plot
 * height from a text line to a tall card, each label is a full text line below the one above
 * and inside the plot; 0 dB always shows, and a tall card keeps its 20 dB steps.
 */
class SpectrumLabelsTest {
    /** A 10-point label as FlatLaf draws it: 13 px lines, 10 px ascent. */
    private static final int LINE = 13;
    private static final int ASCENT = 10;

    @Test
    void levelLabelsNeverOverlapAtAnyHeight() {
        for (int h = LINE; h <= 400; h++) {
            List<SpectrumView.DbLabel> labels = SpectrumView.dbLabels(h, LINE, ASCENT);
            assertThat(labels).as("h=" + h).isNotEmpty();
            assertThat(labels.get(0).db()).isZero();
            for (int i = 0; i < labels.size(); i++) {
                SpectrumView.DbLabel l = labels.get(i);
                assertThat(l.baseline()).as("inside, h=" + h).isBetween(ASCENT - 2, h);
                if (i > 0) assertThat(l.baseline() - labels.get(i - 1).baseline()).as("apart, h=" + h).isGreaterThanOrEqualTo(LINE);
            }
        }
        assertThat(SpectrumView.dbLabels(200, LINE, ASCENT)).extracting(SpectrumView.DbLabel::db)
                .containsExactly(0, -20, -40, -60, -80, -100);
    }
}
