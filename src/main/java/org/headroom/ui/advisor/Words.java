package org.headroom.ui.advisor;

import java.util.List;
import org.headroom.advice.MicType;
import org.headroom.advice.Recommendation;
import org.headroom.ui.common.Readout;

/** How advice reads on screen: "Supercardioid on a boom", HTML-escaped lists, key figures in one line. */
final class Words {
    private Words() {
    }

    static String title(Recommendation r) {
        return capital(r.pattern().replace('-', ' ')) + " " + type(r.micType());
    }

    static String type(String micType) {
        return MicType.words(micType);
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The figures a recordist compares first, e.g. "34 dB over the noise · voice +6.1 dB over the
     * room · 0.50 m from the mouth": the two ratios the score is made of (voice over room is the
     * predicted C50 clarity, as in the score's parts and the table), not a second room figure.
     */
    static String keyFigures(Recommendation r) {
        StringBuilder b = new StringBuilder();
        Double snr = r.numbers().get("estimatedSnrDb");
        Double room = r.numbers().get("voiceOverRoomDb");
        Double at = r.numbers().get("workingDistanceMetres");
        if (snr != null) b.append(AdvisorLook.number(snr, "%.0f", "dB")).append(" over the noise");
        if (room != null) b.append(" \u00b7 voice ").append(AdvisorLook.number(room, "%+.1f", "dB")).append(" over the room");
        if (at != null) b.append(" \u00b7 ").append(AdvisorLook.number(at, "%.2f", "m")).append(" from the mouth");
        return b.toString();
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String bullets(List<String> lines) {
        StringBuilder b = new StringBuilder("<ul style='margin-left:14px; margin-top:0; margin-bottom:0'>");
        for (String l : lines) b.append("<li style='margin-bottom:3px'>").append(html(Readout.minusSign(l))).append("</li>");
        return b.append("</ul>").toString();
    }

    static String score(double score) {
        return Recommendation.wholePoints(score);
    }
}
