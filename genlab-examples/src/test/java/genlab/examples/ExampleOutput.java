package genlab.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs an example's main in this JVM and keeps what it printed, for the tests to read numbers from. */
final class ExampleOutput {

    /** An example's main method. */
    interface Main {
        void run(String[] args) throws Exception;
    }

    private final String text;

    private ExampleOutput(String text) {
        this.text = text;
    }

    static ExampleOutput of(Main main, String... args) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(console);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        console.print(text);
        return new ExampleOutput(text);
    }

    String text() {
        return text;
    }

    /** The numbers of the first line matching {@code regex}, one per group. */
    double[] numbers(String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no line matches '" + regex + "' in:\n" + text);
        }
        double[] values = new double[m.groupCount()];
        for (int g = 0; g < values.length; g++) {
            values[g] = Double.parseDouble(m.group(g + 1));
        }
        return values;
    }
}
