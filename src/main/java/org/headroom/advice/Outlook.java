package org.headroom.advice;

import static org.headroom.advice.ScoringWeights.Weight.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether even the best choice is poor, said before anything else, with what would change it.
 * "Poor" is read off the same two ratios the score is built from: a ratio below its curve's
 * midpoint earns less than half its points (speech under {@code snrMidDb} over the noise, or
 * voice under {@code clarityMidDb} over the room), or wind costs the winner more than a third of
 * its points. Each remedy is worked out from the physics, with the decibels it buys.
 *
 * @param poor     even the first choice will not sound good
 * @param warning  the sentence to show first ("" when not poor)
 * @param remedies what would change it, most useful first (empty when not poor)
 */
public record Outlook(boolean poor, String warning, List<String> remedies) {
    /** A quiet urban night, dBA (reference §2.4, Caltrans TeNS). */
    static final double QUIET_NIGHT_DBA = 40;
    /** Noise monitors count wind above this as contaminating, even with a windshield (reference §2.4). */
    static final double WINDY_METRES_PER_SECOND = 5;
    /** A ratio earning less than this share of its points is poor [judgement]. */
    static final double POOR_SHARE = 0.4;
    /** A first choice under half the points is poor whatever the reason [judgement]. */
    static final double LOW_SCORE = 50;

    public Outlook {
        remedies = List.copyOf(remedies);
    }

    static final Outlook FINE = new Outlook(false, "", List.of());

    static Outlook of(Candidate best, Situation s, Place place, ScoringWeights w) {
        double snr = best.number("estimatedSnrDb");
        double clarity = best.numbers().getOrDefault("voiceOverRoomDb", Double.POSITIVE_INFINITY);
        double wind = -best.points().getOrDefault("wind", 0.0);
        double snrShort = w.get(SNR_MID_DB) - snr;
        double roomShort = w.get(CLARITY_MID_DB) - clarity;
        // Poor is under POOR_SHARE of a ratio's points: a little under the midpoint is the slack
        // of the assumed figures, not a warning.
        double slackSnr = w.get(SNR_SCALE_DB) * Math.log(1 / POOR_SHARE - 1);
        double slackRoom = w.get(CLARITY_SCALE_DB) * Math.log(1 / POOR_SHARE - 1);
        boolean windy = wind > best.score() / 2;
        // Or the ratios are fine but the practical costs leave under half the points.
        java.util.Map.Entry<String, Double> worstCost = best.points().entrySet().stream()
                .min(java.util.Map.Entry.comparingByValue()).orElseThrow();
        boolean costly = best.score() < LOW_SCORE && worstCost.getValue() < 0;
        boolean noisy = snrShort > slackSnr;
        boolean roomy = roomShort > slackRoom;
        if (!noisy && !roomy && !windy && !costly) return FINE;
        snrShort = Math.max(0, snrShort);
        roomShort = Math.max(0, roomShort);

        List<String> problems = new ArrayList<>();
        if (noisy) problems.add(String.format(Locale.ROOT, "speech only %.0f dB over the noise (%.0f dB earns half marks)", snr, w.get(SNR_MID_DB)));
        if (roomy) problems.add(String.format(Locale.ROOT, "voice only %.0f dB over the room's late reverb (%.0f dB earns half marks)", clarity, w.get(CLARITY_MID_DB)));
        if (windy) problems.add(String.format(Locale.ROOT, "wind costs it %.0f of its points", wind));
        if (costly && !windy) problems.add(String.format(Locale.ROOT, "it scores only %.0f of 100, mostly for %s (%.0f points)",
                best.score(), worstCost.getKey(), -worstCost.getValue()));
        String warning = String.format(Locale.ROOT, "Even the best choice here, the %s at %.2f m, will sound poor: %s.",
                best.label(), best.distanceMetres(), String.join("; ", problems));

        List<String> remedies = new ArrayList<>();
        double need = Math.max(snrShort, roomShort);
        double nearest = best.type().nearestMetres();
        boolean fixedShared = s.shared() && !best.type().followsTalker();
        if (need > 0 && !fixedShared && best.distanceMetres() > nearest * 1.05) {
            double to = Math.max(nearest, best.distanceMetres() * Math.pow(10, -need / 20));
            String how = best.type() == MicType.BOOM && s.onCamera() ? "Frame tighter so the boom can come in" : "Move closer";
            remedies.add(String.format(Locale.ROOT, "%s: from %.2f m to %.2f m gains %.1f dB of voice over both noise and room.",
                    how, best.distanceMetres(), to, 20 * Math.log10(best.distanceMetres() / to)));
        }
        if (noisy) {
            if (!Double.isNaN(place.ambientDba())) {
                remedies.add(String.format(Locale.ROOT, "Move the interview somewhere quieter: below about %.0f dBA instead of the %.0f dBA assumed here.",
                        place.ambientDba() - snrShort, place.ambientDba()));
                if (place.outdoor() && place.ambientDba() - QUIET_NIGHT_DBA >= snrShort / 2) {
                    remedies.add(String.format(Locale.ROOT, "Come back at night: a quiet urban night is about %.0f dBA, %.0f dB under the day's noise here.",
                            QUIET_NIGHT_DBA, place.ambientDba() - QUIET_NIGHT_DBA));
                }
            } else {
                remedies.add(String.format(Locale.ROOT, "Move the interview somewhere at least %.0f dB quieter than the measured floor, or switch off what makes the noise.", snrShort));
            }
        }
        if (roomy && place.room().isPresent()) {
            Room room = place.room().get();
            Room deader = new Room(room.volumeCubicMetres(), room.rt60Seconds() / 2);
            double dsf = best.number("distanceFactor");
            double gain = deader.clarityDb(dsf, best.distanceMetres()) - room.clarityDb(dsf, best.distanceMetres());
            remedies.add(String.format(Locale.ROOT, "Move to a deader room, or hang blankets and bring in soft furnishings: halving the RT60 (%.2f s to %.2f s) gains %.1f dB of voice over room.",
                    room.rt60Seconds(), deader.rt60Seconds(), gain));
        }
        if (windy) {
            remedies.add(String.format(Locale.ROOT, "Get out of the wind (behind a building or a vehicle) or come back when it is calmer: above about %.0f m/s even a windshield is not enough.",
                    WINDY_METRES_PER_SECOND));
        }
        if (costly && worstCost.getKey().equals("sharing")) {
            remedies.add("Bring a mic per talker (a lavalier each, or a cardioid each at 15–30 cm): nothing is passed round or shared.");
        }
        return new Outlook(true, warning, remedies);
    }
}
