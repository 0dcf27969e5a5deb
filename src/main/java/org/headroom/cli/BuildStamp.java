package org.headroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What was built: the pom's version and, when the build ran in a git checkout, the commit it was
 * built from (with "-dirty" when the tracked files differed from it). Maven writes both into
 * {@code build.properties} at build time, so nothing is looked up when the program runs.
 *
 * @param version the pom's version, e.g. 0.1.0-SNAPSHOT
 * @param commit  the abbreviated commit, or empty when not built from git
 */
record BuildStamp(String version, String commit) {
    private static final String RESOURCE = "build.properties";
    /** What a build that skipped resource filtering (an IDE's own compile, say) leaves behind. */
    private static final String UNFILLED = "${";

    static BuildStamp read() {
        Properties p = new Properties();
        try (InputStream in = BuildStamp.class.getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // a damaged jar still runs; it just cannot say what it is
        }
        return new BuildStamp(filled(p.getProperty("version")), filled(p.getProperty("commit")));
    }

    private static String filled(String value) {
        return value == null || value.contains(UNFILLED) ? "" : value.strip();
    }

    /** "0.1.0-SNAPSHOT (commit 1a2b3c4d5e6f)", "0.1.0-SNAPSHOT", or "(version unknown)". */
    String describe() {
        String v = version.isEmpty() ? "(version unknown)" : version;
        return commit.isEmpty() ? v : v + " (commit " + commit + ")";
    }
}
