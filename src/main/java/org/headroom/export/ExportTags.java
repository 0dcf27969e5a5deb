package org.headroom.export;

import java.time.LocalDateTime;

/**
 * Text that goes into the written file: ID3v2 for MP3, a BWF "bext" chunk for WAV. Any field
 * may be empty; BWF fields longer than their fixed size are cut, as EBU Tech 3285 fixes them.
 *
 * @param title          ID3 TIT2
 * @param artist         ID3 TPE1
 * @param comment        ID3 COMM
 * @param description    bext Description (256 chars)
 * @param originator     bext Originator (32 chars), e.g. "Headroom"
 * @param originatorReference bext OriginatorReference (32 chars)
 * @param origination    bext OriginationDate and OriginationTime
 * @param timeReference  bext TimeReference: samples since midnight of the first sample
 * @param codingHistory  bext CodingHistory, e.g. "A=PCM,F=48000,W=24,M=stereo,T=Headroom"
 */
public record ExportTags(String title, String artist, String comment, String description, String originator,
                         String originatorReference, LocalDateTime origination, long timeReference,
                         String codingHistory) {

    public ExportTags {
        title = nz(title);
        artist = nz(artist);
        comment = nz(comment);
        description = nz(description);
        originator = nz(originator);
        originatorReference = nz(originatorReference);
        codingHistory = nz(codingHistory);
        if (timeReference < 0) throw new IllegalArgumentException("time reference must not be negative");
    }

    public static ExportTags none() {
        return new ExportTags("", "", "", "", "", "", null, 0, "");
    }

    public ExportTags withCodingHistory(String history) {
        return new ExportTags(title, artist, comment, description, originator, originatorReference, origination,
                timeReference, history);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
