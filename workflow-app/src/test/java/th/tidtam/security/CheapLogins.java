package th.tidtam.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * These tests send thousands of requests with HTTP Basic, and every one checks the password: at BCrypt's cost 10 that
 * is most of the run on a busy machine. For the duration of a test the demo logins it uses get the same password
 * ("demo") hashed at cost 4 — the same BCrypt check on the same path, 64 times cheaper — and get their own hashes
 * back afterwards, so the shared database is left as it was found.
 */
final class CheapLogins {

    private static final String CHEAP = new BCryptPasswordEncoder(4).encode("demo");

    private final JdbcTemplate jdbc;
    private final Map<String, String> original = new HashMap<>();

    CheapLogins(JdbcTemplate jdbc, List<String> usernames) {
        this.jdbc = jdbc;
        for (String username : usernames) {
            original.put(username, jdbc.queryForObject("select password_hash from person where username = ?", String.class,
                    username));
            jdbc.update("update person set password_hash = ? where username = ?", CHEAP, username);
        }
    }

    void restore() {
        original.forEach((username, hash) -> jdbc.update("update person set password_hash = ? where username = ?", hash,
                username));
    }
}
