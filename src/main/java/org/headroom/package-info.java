/** Headroom: sound monitoring, mic advice and editing for production assistants. */
package org.headroom;
