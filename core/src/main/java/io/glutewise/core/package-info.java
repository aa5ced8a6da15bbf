/** The root of the glutewise vocabulary: the exception hierarchy, checks and the value style. */
package io.glutewise.core;
