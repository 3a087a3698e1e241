package th.tidtam.org.service;

/** A person of the chain of command as other modules see them; never the password hash (see {@link Credentials}). */
public record PersonSummary(Long id, String username, String fullNameTh, String fullNameEn, String email,
        String preferredLocale, boolean enabled, Long provinceId) {

    public String fullName(boolean thai) {
        return thai ? fullNameTh : fullNameEn;
    }
}
