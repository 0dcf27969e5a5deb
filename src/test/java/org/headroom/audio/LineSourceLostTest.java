package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A device that stops delivering while nobody closed it is a lost device, not the end of a take. */
class LineSourceLostTest {
    @Test
    void whatCameIsReturnedThenTheLossIsAnError() throws IOException {
        LineSource s = LostLines.lostAfter(1000);
        float[][] block = new float[2][480];
        assertEquals(480, s.read(block));
        assertEquals(480, s.read(block));
        assertEquals(40, s.read(block), "the frames that came before the device went away");
        DeviceException e = assertThrows(DeviceException.class, () -> s.read(block));
        assertTrue(e.getMessage().contains("fake interface") && e.getMessage().contains("0.021 s"), e.getMessage());
    }

    @Test
    void closingIsStillAnOrdinaryEnd() throws IOException {
        LineSource s = LostLines.lostAfter(100_000);
        float[][] block = new float[2][480];
        assertEquals(480, s.read(block));
        s.close();
        assertEquals(0, s.read(block));
    }
}
