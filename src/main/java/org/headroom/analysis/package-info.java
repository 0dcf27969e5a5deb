/** The Analyzer that fans blocks out to meters and detectors, its immutable snapshots, and the report writers. */
package org.headroom.analysis;
