/** What every stage shares: the user-error type. Depends on nothing of comention. */
package org.comention.common;
