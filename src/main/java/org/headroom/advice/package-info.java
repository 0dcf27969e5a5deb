/** Microphone pickup patterns, room and environment estimates, and the recommender that ranks mics for a situation. */
package org.headroom.advice;
