package io.extreme.error;

/**
 * The client cannot be set up as asked: a module missing from the class path (no transport, codec or discovery) or a provider name that nothing offers.
 */
public class ConfigurationException extends ClientSideException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ConfigurationException copy() {
        return new ConfigurationException(getMessage(), this);
    }
}
