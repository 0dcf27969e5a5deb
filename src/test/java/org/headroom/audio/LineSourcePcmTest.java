package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The byte-to-float conversion LineSource uses. */
class LineSourcePcmTest {
    private static float[][] convert(byte[] bytes, int bits, boolean bigEndian, int channels) {
        int frames = bytes.length / (channels * bits / 8);
        float[][] block = new float[channels][frames];
        InterleavedPcm.toFloats(bytes, frames, bits, bigEndian, block);
        return block;
    }

    @Test
    void sixteenBitLittleEndianStereoIsDeinterleavedAndScaled() {
        // L = -32768, R = 16384; L = 32767, R = -1
        byte[] b = {0x00, (byte) 0x80, 0x00, 0x40, (byte) 0xFF, 0x7F, (byte) 0xFF, (byte) 0xFF};
        float[][] x = convert(b, 16, false, 2);
        assertEquals(-1.0f, x[0][0]);
        assertEquals(0.5f, x[1][0]);
        assertEquals(32767 / 32768.0f, x[0][1]);
        assertEquals(-1 / 32768.0f, x[1][1]);
    }

    @Test
    void twentyFourBitBigEndianFullScaleIsNotClipped() {
        byte[] b = {(byte) 0x80, 0x00, 0x00, 0x7F, (byte) 0xFF, (byte) 0xFF};
        float[][] x = convert(b, 24, true, 1);
        assertEquals(-1.0f, x[0][0]);
        assertEquals((float) (8388607 / 8388608.0), x[0][1]);
    }

    @Test
    void everyTwentyFourBitCodeMapsToItsValueInBothByteOrders() {
        qt().forAll(integers().between(-8388608, 8388607)).checkAssert(code -> {
            byte[] le = {(byte) code.intValue(), (byte) (code >> 8), (byte) (code >> 16)};
            byte[] be = {le[2], le[1], le[0]};
            float expected = (float) (code / 8388608.0);
            assertEquals(expected, convert(le, 24, false, 1)[0][0]);
            assertEquals(expected, convert(be, 24, true, 1)[0][0]);
        });
    }

    @Test
    void thirtyTwoBitUsesTheWholeWord() {
        byte[] b = {0x00, 0x00, 0x00, (byte) 0x80, 0x00, 0x00, 0x00, 0x40};
        float[][] x = convert(b, 32, false, 1);
        assertEquals(-1.0f, x[0][0]);
        assertEquals(0.5f, x[0][1]);
    }
}
