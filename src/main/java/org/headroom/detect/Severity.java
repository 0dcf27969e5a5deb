package org.headroom.detect;

/** How much a finding matters for a delivery: INFO is worth knowing, WARNING needs a look, ERROR needs a fix or a retake. */
public enum Severity { INFO, WARNING, ERROR }
