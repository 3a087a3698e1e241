package th.tidtam.org;

/**
 * A province was added to the installation (published inside the adding transaction). Whatever keeps an answer that
 * depends on how many provinces there are (a single-province installation's defaults) forgets it.
 */
public record ProvincesChanged(long provinceId) {
}
