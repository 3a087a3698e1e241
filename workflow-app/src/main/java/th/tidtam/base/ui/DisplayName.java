package th.tidtam.base.ui;

/** A logged-in principal that can name itself for the header, in Thai or English. */
public interface DisplayName {

    String displayName(boolean thai);
}
