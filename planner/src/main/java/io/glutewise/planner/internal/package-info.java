/** The planner's machinery: not API, may change at any time. */
package io.glutewise.planner.internal;
