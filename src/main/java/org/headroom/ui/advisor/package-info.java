/** The mic advisor window: questions, location measurement, ranked advice with a polar plot, and the trainer. */
package org.headroom.ui.advisor;
