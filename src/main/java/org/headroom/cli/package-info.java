/** The picocli command line: analyze and the commands that follow it. */
package org.headroom.cli;
