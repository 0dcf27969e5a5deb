package org.headroom.advice;

/** How a reverberation time was found; the id is the JSON value of {@code rt60Method}. */
public enum Rt60Method {
    /** Schroeder backward integration of a hand-clap's decay (reference §3.2). */
    CLAP("clap"),
    /** Blind maximum-likelihood decay rate from the free decays after speech (reference §3.1). */
    SPEECH("speech");

    private final String id;

    Rt60Method(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
