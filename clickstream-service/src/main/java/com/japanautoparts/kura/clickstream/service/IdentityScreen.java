package com.japanautoparts.kura.clickstream.service;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.japanautoparts.kura.common.input.CardNumbers;

/**
 * Finds content that identifies a person in the free-text fields of an event: email addresses,
 * phone numbers, payment card numbers (kura-common's {@link CardNumbers}, the one card screen of every service, here
 * also after percent-decoding), full IPv4/IPv6 addresses, customer ids (UUIDs, the
 * form of a Keycloak subject) and query parameters named like identifiers. Text is screened both as
 * sent and percent-decoded. Callers report only the field, never the value.
 */
public final class IdentityScreen {

    /** What was found; the phrase completes "looks like it contains ...". */
    public enum Finding {
        EMAIL("an email address"),
        PHONE("a phone number"),
        CARD("a payment card number"),
        IPV4("a full IPv4 address"),
        IPV6("a full IPv6 address"),
        CUSTOMER_ID("a customer id"),
        IDENTIFYING_PARAMETER("a parameter that identifies a person");

        public final String phrase;

        Finding(String phrase) {
            this.phrase = phrase;
        }
    }

    /** Names (lower case, without '_', '-', '.', '[', ']') that identify a person, as JSON fields or query parameters. */
    static final Set<String> IDENTIFYING_NAMES = Set.of(
            "customerid", "customer", "userid", "user", "uid", "sub", "subject", "accountid", "memberid",
            "email", "emailaddress", "mail", "name", "firstname", "lastname", "fullname", "givenname",
            "familyname", "surname", "username", "login", "phone", "phonenumber", "tel", "telephone", "mobile",
            "ip", "ipaddress", "clientaddress", "remoteaddr", "address", "postalcode", "zip", "zipcode",
            "birthdate", "dateofbirth", "dob", "card", "cardnumber", "pan", "cvv", "cvc", "password",
            "token", "accesstoken", "idtoken");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern UUID = Pattern.compile(
            "(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d])");
    private static final Pattern IPV6 = Pattern.compile("(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])");
    /** International (+country code) numbers, Japanese numbers with area-code hyphens, and Japanese mobiles. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{1,4}(?:[\\s.-]?\\d{2,4}){1,4}(?!\\d)"
                    + "|(?<!\\d)0\\d{1,4}-\\d{1,4}-\\d{4}(?!\\d)"
                    + "|(?<!\\d)0[789]0[\\s-]?\\d{4}[\\s-]?\\d{4}(?!\\d)");

    private IdentityScreen() {
    }

    /** Screens a session pseudonym: anything but a UUID-shaped random id. */
    public static Optional<Finding> screenSessionId(String value) {
        return screen(value, false, false);
    }

    /** Screens a path, feature name or affiliate code. */
    public static Optional<Finding> screenText(String value) {
        return screen(value, true, false);
    }

    /** Screens a query string or a URL, including the names of its query parameters. */
    public static Optional<Finding> screenUrl(String value) {
        return screen(value, true, true);
    }

    /** True if a JSON field or query parameter of this name would carry identifying data. */
    public static boolean isIdentifyingName(String name) {
        return IDENTIFYING_NAMES.contains(normalise(name));
    }

    private static Optional<Finding> screen(String value, boolean uuids, boolean parameters) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Finding> found = scan(value, uuids, parameters);
        if (found.isEmpty() && value.indexOf('%') >= 0) {
            found = scan(percentDecode(value), uuids, parameters);
        }
        return found;
    }

    private static Optional<Finding> scan(String text, boolean uuids, boolean parameters) {
        if (parameters && hasIdentifyingParameter(text)) {
            return Optional.of(Finding.IDENTIFYING_PARAMETER);
        }
        if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) {
            return Optional.of(Finding.EMAIL);
        }
        if (uuids && text.indexOf('-') >= 0 && UUID.matcher(text).find()) {
            return Optional.of(Finding.CUSTOMER_ID);
        }
        if (text.indexOf(':') >= 0 && containsIpv6(text)) {
            return Optional.of(Finding.IPV6);
        }
        if (!hasDigits(text)) {
            return Optional.empty();
        }
        if (text.indexOf('.') >= 0 && containsIpv4(text)) {
            return Optional.of(Finding.IPV4);
        }
        if (CardNumbers.in(text)) {
            return Optional.of(Finding.CARD);
        }
        if (PHONE.matcher(text).find()) {
            return Optional.of(Finding.PHONE);
        }
        return Optional.empty();
    }

    private static boolean hasIdentifyingParameter(String text) {
        int start = text.indexOf('?') + 1;
        int end = text.indexOf('#');
        String query = text.substring(start, end >= start ? end : text.length());
        for (String pair : query.split("[&;]")) {
            int eq = pair.indexOf('=');
            String key = eq >= 0 ? pair.substring(0, eq) : pair;
            if (!key.isEmpty() && isIdentifyingName(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIpv4(String text) {
        Matcher m = IPV4.matcher(text);
        while (m.find()) {
            if (octet(m.group(1)) && octet(m.group(2)) && octet(m.group(3)) && octet(m.group(4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean octet(String digits) {
        return Integer.parseInt(digits) <= 255;
    }

    private static boolean containsIpv6(String text) {
        Matcher m = IPV6.matcher(text);
        while (m.find()) {
            Optional<InetAddress> address = ipv6Literal(m.group());
            if (address.isPresent() && address.get() instanceof Inet6Address v6
                    && !v6.isAnyLocalAddress() && !v6.isLoopbackAddress()) {
                return true;
            }
        }
        return false;
    }

    /** Parses an IPv6 literal; the brackets make sure no name look-up can ever happen. */
    static Optional<InetAddress> ipv6Literal(String candidate) {
        if (candidate.indexOf(':') < 0 || !candidate.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName("[" + candidate + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean hasDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != '.' && c != '[' && c != ']') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Lenient percent-decoding: malformed escapes stay as they are. */
    static String percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Truncates an IP address to its network: /24 for IPv4, /48 for IPv6 (as CIDR text).
     * Empty if the value is not an IP literal.
     */
    public static Optional<String> truncateIp(String value) {
        String literal = value.strip();
        int slash = literal.indexOf('/');
        if (slash >= 0) {
            literal = literal.substring(0, slash);
        }
        Optional<InetAddress> address;
        if (literal.indexOf(':') >= 0) {
            address = ipv6Literal(literal);
        } else {
            Matcher m = IPV4.matcher(literal);
            address = m.matches() && octet(m.group(1)) && octet(m.group(2)) && octet(m.group(3)) && octet(m.group(4))
                    ? Optional.of(v4(m)) : Optional.empty();
        }
        return address.map(IdentityScreen::network);
    }

    private static InetAddress v4(Matcher m) {
        byte[] b = { (byte) Integer.parseInt(m.group(1)), (byte) Integer.parseInt(m.group(2)),
                (byte) Integer.parseInt(m.group(3)), (byte) Integer.parseInt(m.group(4)) };
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static String network(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
        }
        return String.format("%x:%x:%x::/48", ((b[0] & 0xff) << 8) | (b[1] & 0xff), ((b[2] & 0xff) << 8) | (b[3] & 0xff),
                ((b[4] & 0xff) << 8) | (b[5] & 0xff));
    }
}
