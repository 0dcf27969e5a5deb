package org.headroom.audio;

import java.util.List;

/**
 * Where the samples of an uncompressed file are and how they are stored, as worked out from
 * its header. {@code dataBytes} is always a whole number of frames that really exist in the file.
 */
record PcmLayout(SourceFormat format, PcmEncoding encoding, long dataStart, long dataBytes,
                 List<ReadNotice> notices) {
    PcmLayout {
        notices = List.copyOf(notices);
    }
}
