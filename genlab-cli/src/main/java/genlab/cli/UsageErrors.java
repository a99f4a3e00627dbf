package genlab.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A usage error as one line: picocli's message, its choices as the help writes them, and what was meant. */
final class UsageErrors {

    private static final Pattern CHOICES = Pattern.compile("expected one of \\[([^]]*)] \\(case-insensitive\\)");

    private UsageErrors() {}

    static String message(ParameterException e) {
        // the help lists choices in lower case, as they are typed
        Matcher choices = CHOICES.matcher(e.getMessage());
        String message = choices.find() ? choices.replaceFirst(Matcher.quoteReplacement("expected one of "
                + choices.group(1).toLowerCase(Locale.ROOT))) : e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += "; did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3,
                        suggestions.size()))) + "?";
            }
        }
        return message;
    }
}
