/** Session logs: what was performed against what was prescribed, with pain during and the next morning. */
@GlutewiseStyle
package io.glutewise.core.log;

import io.glutewise.core.GlutewiseStyle;
