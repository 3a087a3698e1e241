package th.tidtam.org.service;

/** A person's record; a blank password leaves the current one unchanged. */
public record PersonForm(String username, String fullNameTh, String fullNameEn, String email, String password,
        boolean enabled) {
}
