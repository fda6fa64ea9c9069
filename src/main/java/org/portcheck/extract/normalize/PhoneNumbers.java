package org.portcheck.extract.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** North American telephone numbers in any common format, to E.164 and judged by the spec's NANP rules. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int NANP_COUNTRY_CODE = 1;
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(?:ext\\.?|extension|x)\\s*\\d{1,6}\\s*$");
    private static final Pattern TEL_PREFIX = Pattern.compile("(?i)^\\s*tel:\\s*");
    /** What a printed number may hold besides digits: separators, brackets, a leading plus. */
    private static final Pattern NUMBER_CHARS = Pattern.compile("[+\\d\\s().\\-\u2010-\u2015/]+");

    private static final Set<String> TOLL_FREE = Set.of("800", "833", "844", "855", "866", "877", "888");
    private static final String PREMIUM = "900";
    /** 5XX codes NANPA gives to personal communication services, plus 600 and 700; other 5XX codes are geographic. */
    private static final Set<String> NON_GEOGRAPHIC = Set.of("500", "521", "522", "523", "524", "525", "526", "527",
            "528", "529", "532", "533", "535", "538", "542", "543", "544", "545", "546", "547", "549", "550", "552",
            "553", "554", "556", "558", "566", "569", "577", "578", "588", "589", "600", "700");

    private PhoneNumbers() {
    }

    /**
     * "+1XXXXXXXXXX" for a 10-digit North American number written in any common way: (217) 555-0134, 217.555.0134,
     * 1-217-555-0134, +1 217 555 0134, tel:+12175550134, an extension dropped. Empty for anything else (7 digits,
     * letters, another country). The digits are kept even when they break the NANP rules: see {@link #nanp}.
     */
    public static Optional<String> toE164(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = EXTENSION.matcher(TEL_PREFIX.matcher(text).replaceFirst("")).replaceFirst("").strip();
        if (!NUMBER_CHARS.matcher(s).matches()) {
            return Optional.empty();
        }
        if (s.startsWith("+")) {
            try {
                PhoneNumber pn = UTIL.parse(s, "US");
                String national = UTIL.getNationalSignificantNumber(pn);
                return pn.getCountryCode() == NANP_COUNTRY_CODE && national.length() == 10
                        ? Optional.of("+1" + national) : Optional.empty();
            } catch (NumberParseException e) {
                return Optional.empty();
            }
        }
        // Without a plus, libphonenumber would "repair" a bad area code by stripping a 1; we keep the digits as
        // printed so that an invalid number is reported invalid rather than silently changed.
        String digits = PhoneNumberUtil.normalizeDigitsOnly(s);
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits = digits.substring(1);
        }
        return digits.length() == 10 ? Optional.of("+1" + digits) : Optional.empty();
    }

    /** The number split and judged; empty when the text is not a 10-digit North American number at all. */
    public static Optional<Nanp> nanp(String text) {
        return toE164(text).map(PhoneNumbers::judge);
    }

    /** Valid by the spec: ten digits, NXX area code and exchange, no N11, not 555-0100..0199. */
    public static boolean isValid(String text) {
        return nanp(text).map(Nanp::valid).orElse(false);
    }

    /** Whether two printed numbers are the same number (false when either is not a number). */
    public static boolean same(String a, String b) {
        Optional<String> ea = toE164(a);
        return ea.isPresent() && ea.equals(toE164(b));
    }

    private static Nanp judge(String e164) {
        String area = e164.substring(2, 5);
        String exchange = e164.substring(5, 8);
        String subscriber = e164.substring(8);
        String problem = null;
        if (!nxx(area)) {
            problem = "area code " + area + " does not start with 2-9";
        } else if (n11(area)) {
            problem = "area code " + area + " is an N11 service code";
        } else if (!nxx(exchange)) {
            problem = "exchange " + exchange + " does not start with 2-9";
        } else if (n11(exchange)) {
            problem = "exchange " + exchange + " is an N11 service code";
        } else if (exchange.equals("555") && subscriber.startsWith("01")) {
            problem = "555-0100 to 555-0199 are reserved for fiction";
        }
        Nanp.Category category = TOLL_FREE.contains(area) ? Nanp.Category.TOLL_FREE
                : PREMIUM.equals(area) ? Nanp.Category.PREMIUM
                : NON_GEOGRAPHIC.contains(area) ? Nanp.Category.NON_GEOGRAPHIC
                : Nanp.Category.GEOGRAPHIC;
        return new Nanp(e164, area, exchange, subscriber, problem == null, category, problem);
    }

    private static boolean nxx(String code) {
        return code.charAt(0) >= '2';
    }

    private static boolean n11(String code) {
        return code.charAt(1) == '1' && code.charAt(2) == '1';
    }
}
