/** Loading and validating the data in presets/: delivery targets, export formats, analysis thresholds and their sources. */
package org.headroom.preset;
