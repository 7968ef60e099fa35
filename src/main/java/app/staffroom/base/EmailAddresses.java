package app.staffroom.base;

import com.ibm.icu.text.IDNA;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one email rule of every screen and service (wizard, CSV import, My profile, acceptance).
 *
 * <ul>
 *   <li>The mailbox (before the @) is the dot-atom of RFC 5322 §3.2.3 in ASCII, at most 64 characters
 *       (RFC 5321 §4.5.3.1.1). Letters outside A–Z there need SMTPUTF8 (RFC 6531) from every server on the
 *       way, so such addresses are refused with a message that says so, never called "not valid".</li>
 *   <li>The domain may be internationalised. It is read with UTS #46 non-transitional processing (the
 *       IDNA2008 behaviour of RFC 5891), so "straße.de" stays "straße.de" (sent as {@code xn--strae-oqa.de})
 *       and is never turned into "strasse.de", another domain, as IDNA2003 ({@link java.net.IDN}) would.</li>
 *   <li>The whole address in its ASCII form is at most 254 characters (RFC 5321 §4.5.3.1.3 with RFC 3696
 *       errata 1690).</li>
 * </ul>
 *
 * An address is stored as {@link #canonical}: the mailbox as typed and the domain in its Unicode form, in
 * lower case; mail goes to {@link #forSending}, the same address with the domain in ASCII.
 */
public final class EmailAddresses {

    /** The longest address, in characters of its ASCII form. */
    public static final int MAX_LENGTH = 254;
    /** The longest mailbox (the part before the @), in characters. */
    public static final int MAX_MAILBOX_LENGTH = 64;
    /** What is said of an address that is not one. */
    public static String invalid() {
        return Messages.text("rules.emailAddresses.invalid");
    }
    /** Why an address whose mailbox holds letters outside A–Z is refused, without what to do about it. */
    public static String nonAsciiMailboxUnsupported() {
        return Messages.text("rules.emailAddresses.nonAsciiMailboxUnsupported");
    }
    /** What is said of someone else's address whose mailbox holds letters outside A–Z. */
    public static String nonAsciiMailbox() {
        return Messages.text("rules.emailAddresses.nonAsciiMailbox");
    }

    /** {@link #invalid()} and {@link #nonAsciiMailbox()} as refusals. */
    public static final Phrase INVALID = new Phrase("rules.emailAddresses.invalid");
    public static final Phrase NON_ASCII_MAILBOX = new Phrase("rules.emailAddresses.nonAsciiMailbox");

    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern ASCII_DOMAIN = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO | IDNA.USE_STD3_RULES);

    private EmailAddresses() {
    }

    /** The problem of a typed address (spaces around it are ignored), in words for the person, or null. */
    public static @Nullable String problem(String typed) {
        Phrase phrase = phrase(typed);
        return phrase == null ? null : phrase.text();
    }

    /** {@link #problem} as a service's refusal, worded when shown in the reader's language; null when fine. */
    public static @Nullable Phrase phrase(String typed) {
        Phrase text = TypedText.phrase(typed);
        if (text != null) {
            return text;
        }
        String email = typed.strip();
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return INVALID;
        }
        String mailbox = email.substring(0, at);
        if (!mailbox.chars().allMatch(c -> c < 128)) {
            return mailbox.chars().anyMatch(Character::isLetter) ? NON_ASCII_MAILBOX : INVALID;
        }
        if (mailbox.length() > MAX_MAILBOX_LENGTH || !MAILBOX.matcher(mailbox).matches()) {
            return INVALID;
        }
        String domain = asciiDomain(email.substring(at + 1));
        if (domain == null || mailbox.length() + 1 + domain.length() > MAX_LENGTH) {
            return INVALID;
        }
        return null;
    }

    public static boolean isValid(String typed) {
        return problem(typed) == null;
    }

    /**
     * The address as it is stored and shown: as typed, unless its domain was typed in another form of the
     * same name (A-labels, decomposed or full-width letters), which becomes its Unicode form in lower case:
     * "Anna@Straße.DE" stays so, "anna@xn--strae-oqa.de" is "anna@straße.de". Addresses are compared
     * without regard to case.
     *
     * @throws IllegalArgumentException when the address has a {@link #problem}
     */
    public static String canonical(String typed) {
        requireValid(typed);
        String email = typed.strip();
        int at = email.lastIndexOf('@');
        StringBuilder unicode = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        String domain = email.substring(at + 1);
        UTS46.nameToUnicode(domain, unicode, info);
        return email.substring(0, at) + "@" + (unicode.toString().equals(domain.toLowerCase(Locale.ROOT)) ? domain : unicode);
    }

    /**
     * The address to hand to an SMTP server: the domain in its ASCII form (A-labels), the mailbox unchanged.
     *
     * @throws IllegalArgumentException when the address has a {@link #problem}
     */
    public static String forSending(String address) {
        requireValid(address);
        String email = address.strip();
        int at = email.lastIndexOf('@');
        return email.substring(0, at) + "@" + asciiDomain(email.substring(at + 1));
    }

    private static void requireValid(String address) {
        if (problem(address) != null) {
            throw new IllegalArgumentException("Not a usable email address");
        }
    }

    /** The domain in ASCII, or null when it is not a domain mail can go to. */
    private static @Nullable String asciiDomain(String domain) {
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(domain, ascii, info);
        String result = ascii.toString().toLowerCase(Locale.ROOT);
        return info.hasErrors() || !ASCII_DOMAIN.matcher(result).matches() ? null : result;
    }
}
