package th.tidtam.memo.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import th.tidtam.base.time.ThaiDigits;

/** Stand-in for casework.search.SearchText.fold until the lead's contract is merged (then this class goes). */
final class MemoFold {

    private MemoFold() {
    }

    static String fold(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return ThaiDigits.toArabic(joined).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
