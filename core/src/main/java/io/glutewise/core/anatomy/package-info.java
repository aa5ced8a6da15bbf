/** Anatomy: the muscles glutewise knows, their groups and the joint actions they serve. */
package io.glutewise.core.anatomy;
