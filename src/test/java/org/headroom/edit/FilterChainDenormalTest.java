package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.headroom.dsp.Biquad;
import org.headroom.testsupport.NoSubnormals;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** The editor's filters after a loud burst and ten minutes of digital silence: no subnormal state. */
class FilterChainDenormalTest {
    @Test
    void highPassAndHumNotchStateStaysNormalOrZero() {
        int rate = 48000;
        List<Biquad> sections = new ArrayList<>(FilterChain.highPass(rate, new Edit.HighPass(80, 4)));
        sections.addAll(FilterChain.humNotch(rate, new Edit.HumNotch(50, 5, 30)));
        FilterChain chain = new FilterChain(sections, 2);
        float[][] burst = {TestSignals.whiteNoise(rate, 1, -3, 1), TestSignals.whiteNoise(rate, 1, -3, 2)};
        chain.process(burst, burst[0].length);
        float[][] silence = new float[2][rate / 10];
        for (int i = 0; i < 10 * 60 * 10; i++) {
            for (float[] ch : silence) java.util.Arrays.fill(ch, 0f);
            chain.process(silence, silence[0].length);
        }
        assertEquals(List.of(), NoSubnormals.in(chain));
    }
}
