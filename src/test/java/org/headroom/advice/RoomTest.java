package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Critical distance against the worked examples of reference §2.1. */
class RoomTest {
    /** The reference's table is printed to two significant figures (0.57 m, 2.6 m). */
    private static final double PRINTED = 0.006;

    @Test
    void livingRoomWorkedExample() {
        // 0.057·√(50/0.5) = 0.057·10 = 0.57 m.
        Room room = new Room(50, 0.5);
        assertEquals(0.57, room.criticalDistance(), PRINTED);
        assertEquals(0.99, room.reach(PolarPattern.CARDIOID.distanceFactor()), 0.01, "printed to two decimals");
        assertEquals(1.14, room.reach(PolarPattern.HYPERCARDIOID.distanceFactor()), 0.01, "printed to two decimals");
        assertEquals(1.7, room.reach(3.0), 0.02, "shotgun distance factor 3, printed 1.7");
    }

    @Test
    void otherRowsOfTheTable() {
        assertEquals(0.36, new Room(8, 0.2).criticalDistance(), PRINTED);
        assertEquals(0.74, new Room(100, 0.6).criticalDistance(), PRINTED);
        assertEquals(0.49, new Room(150, 2.0).criticalDistance(), PRINTED);
        assertEquals(2.55, new Room(5000, 2.5).criticalDistance(), 0.05, "printed as 2.6 m");
    }

    @Test
    void theRoundedConstantStaysWithinOnePercentOfTheExactForm() {
        Room room = new Room(300, 1.1);
        double exact = Math.sqrt(300 / (100 * Math.PI * 1.1));
        assertEquals(exact, room.criticalDistance(), exact * 0.011, "0.057 versus √(1/100π) = 0.05642 is 1.03 %");
    }

    @Test
    void sourceDirectivityScalesAsItsSquareRoot() {
        Room room = new Room(200, 0.7);
        assertEquals(Math.sqrt(2) * room.criticalDistance(), room.criticalDistance(2), 1e-12);
    }

    @Test
    void directToReverberantIsZeroAtTheReachAndFallsSixDbPerDoubling() {
        Room room = new Room(100, 0.6);
        double reach = room.reach(2.0);
        assertEquals(0.0, room.directToReverberantDb(2.0, reach), 1e-9);
        assertEquals(-6.02, room.directToReverberantDb(2.0, 2 * reach), 0.005);
    }
}
