package com.japanautoparts.kura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.web.i18n.AccessMsg;
import com.japanautoparts.kura.web.i18n.ChangesMsg;
import com.japanautoparts.kura.web.i18n.Msg;
import com.japanautoparts.kura.web.i18n.OfficeMsg;
import com.japanautoparts.kura.web.i18n.PrivacyMsg;
import com.japanautoparts.kura.web.i18n.Vocab;

/**
 * Japanese and English stay in step: every bundle interface method has a text in both languages, no text lacks a
 * method, and each text uses exactly its method's parameters (a missing translation would otherwise show Japanese on an
 * English page, or fail only when that page is rendered). Pure: no Quarkus start.
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest
    @ValueSource(strings = { "msg", "privacy", "office", "vocab", "access", "changes" })
    void bothLanguagesHaveEveryMessageWithItsParameters(String bundle) throws IOException {
        Class<?> type = switch (bundle) {
            case "msg" -> Msg.class;
            case "privacy" -> PrivacyMsg.class;
            case "office" -> OfficeMsg.class;
            case "access" -> AccessMsg.class;
            case "changes" -> ChangesMsg.class;
            default -> Vocab.class;
        };
        Properties ja = load("messages/" + bundle + "_ja.properties");
        Properties en = load("messages/" + bundle + "_en.properties");
        Set<String> methods = Arrays.stream(type.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(methods, new TreeSet<>(ja.stringPropertyNames()), bundle + "_ja.properties against " + type.getSimpleName());
        assertEquals(methods, new TreeSet<>(en.stringPropertyNames()), bundle + "_en.properties against " + type.getSimpleName());
        assertTrue(methods.size() < 200, "Quarkus 3.33 cannot generate a bundle of about 300 methods; split it");
        for (Method method : type.getDeclaredMethods()) {
            Set<String> parameters = Arrays.stream(method.getParameters()).map(p -> p.getName()).collect(Collectors.toSet());
            for (Properties language : List.of(ja, en)) {
                String text = language.getProperty(method.getName());
                assertFalse(text.isBlank(), method.getName());
                assertEquals(parameters, placeholders(text), bundle + "." + method.getName() + ": " + text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "msg", "privacy", "office", "vocab", "access", "changes" })
    void japaneseTextsAreJapanese(String bundle) throws IOException {
        Properties ja = load("messages/" + bundle + "_ja.properties");
        Pattern kanaOrKanji = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]");
        for (String key : ja.stringPropertyNames()) {
            String text = PLACEHOLDER.matcher(ja.getProperty(key)).replaceAll("");
            assertTrue(kanaOrKanji.matcher(text).find() || text.isBlank(), bundle + "." + key + " is not Japanese: " + text);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
