package th.tidtam.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A screen about the signed-in person themselves (their second factor, their notifications, their calendar feed),
 * which every account may use whatever its work. {@link MainLayout} shows it in the menu of an account that does no
 * casework (the Ministry's desk), beside the screens whose {@code @RolesAllowed} names that account's role.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalView {
}
