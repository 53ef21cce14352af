/** What every stage shares: the user-error type, checks of input paths, named texts. Depends on nothing of comention. */
package org.comention.common;
