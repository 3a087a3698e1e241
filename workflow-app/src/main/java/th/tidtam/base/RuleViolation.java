package th.tidtam.base;

import java.util.Arrays;

/**
 * A request that breaks a business rule. It carries a message-bundle key and arguments so that every screen and
 * the API can tell the user, in their language, exactly what was refused. Nothing has been changed when it is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
