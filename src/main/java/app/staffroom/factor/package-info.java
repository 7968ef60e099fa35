/** Second factors of an account: authenticator apps (TOTP), passkeys and recovery codes, and the practice rules that require them. */
@NullMarked
package app.staffroom.factor;

import org.jspecify.annotations.NullMarked;
