/**
 * The day's sound report: every take in a folder with its scene, take, timecode and what the
 * analysis found, as one self-contained HTML page, CSV or JSON Lines; analysed in parallel and
 * cached beside the report.
 */
package org.headroom.analysis.soundreport;
