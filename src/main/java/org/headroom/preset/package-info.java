/** Loading and validating the data in presets/: delivery targets and their sources. */
package org.headroom.preset;
