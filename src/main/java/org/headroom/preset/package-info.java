/** Loading and validating the data in presets/: delivery targets, analysis thresholds and their sources. */
package org.headroom.preset;
