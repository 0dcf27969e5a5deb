package org.headroom.audio;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a take says about itself in its Broadcast Wave metadata: the free description, who
 * made it, and the scene, take and notes the user typed in the window (or on the command line).
 * Empty strings mean "not given"; nulls are not accepted so every writer can print every field.
 *
 * @param description         free text for bext Description (at most 256 ASCII characters are kept there)
 * @param originator          bext Originator, the program or person (32 characters)
 * @param originatorReference bext OriginatorReference, a unique id; empty to have one made up
 * @param scene               scene name or number
 * @param take                take number
 * @param notes               a line of notes ("plane overhead at 0:40")
 */
public record TakeInfo(String description, String originator, String originatorReference, String scene, String take,
                       String notes) {
    public static final TakeInfo NONE = new TakeInfo("", "Headroom", "", "", "", "");

    public TakeInfo {
        description = nonNull(description);
        originator = nonNull(originator);
        originatorReference = nonNull(originatorReference);
        scene = nonNull(scene);
        take = nonNull(take);
        notes = nonNull(notes);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }

    /** The same take with another free description (bext Description's first line). */
    public TakeInfo withDescription(String newDescription) {
        return new TakeInfo(newDescription, originator, originatorReference, scene, take, notes);
    }

    public TakeInfo withScene(String scene, String take, String notes) {
        return new TakeInfo(description, originator, originatorReference, scene, take, notes);
    }

    /**
     * The text for bext Description: the free description, then the scene, take and note lines
     * the way Sound Devices and Zoom recorders write them ({@code sSCENE=12A}), which sound
     * reports and DAWs already read.
     */
    String bextDescription() {
        StringBuilder s = new StringBuilder();
        if (!description.isEmpty()) s.append(description).append("\r\n");
        if (!scene.isEmpty()) s.append("sSCENE=").append(scene).append("\r\n");
        if (!take.isEmpty()) s.append("sTAKE=").append(take).append("\r\n");
        if (!notes.isEmpty()) s.append("sNOTE=").append(notes).append("\r\n");
        return s.toString();
    }

    /**
     * Reads scene, take and notes back out of a file's metadata ("bext.description"), the
     * inverse of {@link #bextDescription()} for a reader that knows only bext.
     */
    public static Map<String, String> fieldsOf(Map<String, String> metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        BextDescription d = BextDescription.parse(metadata.getOrDefault("bext.description", ""));
        putIfGiven(out, "scene", d.field("SCENE"));
        putIfGiven(out, "take", d.field("TAKE"));
        putIfGiven(out, "notes", d.field("NOTE"));
        putIfGiven(out, "description", d.freeText());
        return out;
    }

    private static void putIfGiven(Map<String, String> out, String key, String value) {
        if (!value.isEmpty()) out.put(key, value);
    }
}
