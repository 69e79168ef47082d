package dev.fakecloud.core.store;

/**
 * The data directory cannot be used: unreadable, locked by another fakecloud, of another format version, or
 * corrupt beyond a torn tail. The message names the file and says what to do.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
