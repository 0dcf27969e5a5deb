package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The editor's player without a window: it either plays a short programme to the end or, on a
 * machine without an output device, reports why in one sentence; either way it ends and resets
 * its playhead, and nothing is thrown at the caller.
 */
class AudioPlayerTest {

    @Test
    void playsToTheEndOrSaysThereIsNoOutput() throws Exception {
        float[][] tone = new float[2][4800];
        for (int i = 0; i < 4800; i++) tone[0][i] = tone[1][i] = (float) (0.1 * Math.sin(i * 0.06));
        SourceFormat format = SourceFormat.pcm("test", "PCM", 48000, 2, 16, 4800);
        AudioPlayer player = new AudioPlayer();
        CompletableFuture<String> ended = new CompletableFuture<>();
        player.play(frame -> {
            MemorySource s = new MemorySource(format, tone);
            s.skip(frame);
            return s;
        }, format, 0, 4800, false, error -> ended.complete(error == null ? "" : error));
        String error = ended.get(10, TimeUnit.SECONDS);
        assertTrue(error.isEmpty() || error.startsWith("No audio output is available"), error);
        assertEquals(-1, player.playhead());
        assertTrue(!player.isPlaying());
    }

    @Test
    void pcm16IsInterleavedLittleEndianAndClamped() {
        byte[] out = new byte[8];
        int n = AudioPlayer.toPcm16(new float[][] {{1.5f, -0.5f}, {0f, -2f}}, 2, out);
        assertEquals(8, n);
        assertEquals(32767, (short) ((out[1] << 8) | (out[0] & 0xff)));
        assertEquals(0, (short) ((out[3] << 8) | (out[2] & 0xff)));
        assertEquals(-16384, (short) ((out[5] << 8) | (out[4] & 0xff)));
        assertEquals(-32768, (short) ((out[7] << 8) | (out[6] & 0xff)), "the bottom code, as SampleConversion has it");
    }
}
