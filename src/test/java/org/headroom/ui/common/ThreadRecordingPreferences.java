package org.headroom.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.AbstractPreferences;

/**
 * A preferences store in memory that notes which thread touched it and how (read, write,
 * flush), for the tests that check no preference is read or written on the EDT. Install it
 * with {@link Prefs#useRoot}; the whole tree shares one log.
 */
public final class ThreadRecordingPreferences extends AbstractPreferences {
    /** One access: what was done and on which thread. */
    public record Access(String what, Thread thread) {
    }

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, ThreadRecordingPreferences> children = new HashMap<>();
    private final List<Access> log;

    public ThreadRecordingPreferences() {
        this(null, "", new CopyOnWriteArrayList<>());
    }

    private ThreadRecordingPreferences(ThreadRecordingPreferences parent, String name, List<Access> log) {
        super(parent, name);
        this.log = log;
    }

    /** Every access so far, in order. */
    public List<Access> log() {
        return List.copyOf(log);
    }

    private void note(String what) {
        log.add(new Access(what + " " + absolutePath(), Thread.currentThread()));
    }

    @Override
    protected void putSpi(String key, String value) {
        note("put " + key);
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        note("get " + key);
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        note("remove " + key);
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        note("removeNode");
    }

    @Override
    protected String[] keysSpi() {
        note("keys");
        return values.keySet().toArray(new String[0]);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(new String[0]);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        note("node " + name); // a file-backed store reads the node's file here
        return children.computeIfAbsent(name, n -> new ThreadRecordingPreferences(this, n, log));
    }

    @Override
    protected void syncSpi() {
        note("sync");
    }

    @Override
    protected void flushSpi() {
        note("flush");
    }
}
