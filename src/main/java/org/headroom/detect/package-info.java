/** Pure detectors that turn audio blocks into findings with timecodes: clipping, noise, hum, wind, dropouts, provenance. */
package org.headroom.detect;
