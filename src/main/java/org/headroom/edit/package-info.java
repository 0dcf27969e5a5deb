/** The non-destructive editor: edit lists as data, their streaming renderer, edit points and the project file. */
package org.headroom.edit;
