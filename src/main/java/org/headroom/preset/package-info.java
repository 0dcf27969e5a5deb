/** Loading and validating the data in presets/: delivery targets, export formats and their sources. */
package org.headroom.preset;
