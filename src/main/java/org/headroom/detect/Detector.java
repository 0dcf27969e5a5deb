package org.headroom.detect;

import java.util.List;
import org.headroom.meter.BlockConsumer;

/**
 * A detector takes audio blocks and reports what it found so far. {@link #findings()} may be
 * called at any time, also mid-stream for the live monitor; it returns a fresh immutable list
 * and changes nothing, so later blocks can still extend or add findings.
 */
public interface Detector extends BlockConsumer {
    List<Finding> findings();
}
