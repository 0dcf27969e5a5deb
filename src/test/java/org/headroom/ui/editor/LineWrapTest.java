package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings' rows wrap their text themselves: every line fits, no more lines than asked, nothing lost unless marked. */
class LineWrapTest {
    private static final FontMetrics FM = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    @Test
    void linesFitTheWidthAndKeepEveryWordUnlessTheLastEndsInAnEllipsis() {
        qt().withExamples(300).forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 14)).ofSizeBetween(0, 30),
                integers().between(30, 400), integers().between(1, 3)).checkAssert((words, width, max) -> {
                    String text = String.join(" ", words);
                    List<String> lines = LineWrap.lines(text, FM, width, max);
                    assertTrue(lines.size() <= max, lines.toString());
                    for (String l : lines) assertTrue(FM.stringWidth(l) <= width, "\"" + l + "\" is wider than " + width);
                    boolean cut = !lines.isEmpty() && lines.get(lines.size() - 1).endsWith("\u2026");
                    if (!cut) {
                        // without an ellipsis the lines are the text, broken only where it had spaces or inside a word too wide
                        assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
                    }
                });
    }

    @Test
    void aShortHeadlineIsOneLineAndALongOneTwoWithAnEllipsis() {
        assertEquals(List.of("Mains hum"), LineWrap.lines("Mains hum", FM, 300, 2));
        String longOne = "Background noise at -48 dBFS under the voice from 0:00:09.040 to 0:01:12.000, a fan or air conditioning by its spectrum";
        List<String> lines = LineWrap.lines(longOne, FM, 150, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("\u2026"), lines.toString());
        assertTrue(longOne.startsWith(lines.get(0)), "the first line is the text's start, broken at a space: " + lines);
    }
}
