package th.tidtam.org.service;

/**
 * What a login needs: the person and their password hash ({@code null} when they have no password and cannot log
 * in). Only the security and identity adapters ask for it; {@link #toString()} never shows the hash.
 */
public record Credentials(PersonSummary person, String passwordHash) {

    @Override
    public String toString() {
        return "Credentials[person=" + person + ", passwordHash=" + (passwordHash == null ? "none" : "***") + "]";
    }
}
