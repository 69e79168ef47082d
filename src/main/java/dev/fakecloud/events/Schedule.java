package dev.fakecloud.events;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code ScheduleExpression}: {@code rate(value unit)} or AWS's six-field {@code cron(minutes hours
 * day-of-month month day-of-week year)}, in UTC. Parsing validates as EventBridge does; anything it refuses is
 * "Parameter ScheduleExpression is not valid.".
 *
 * @param rateMinutes for a rate, its period in minutes (the unit's length is configurable for tests); else 0
 * @param quartzCron for a cron, the same schedule in the seven-field Quartz syntax the scheduler runs; else null
 */
public record Schedule(String expression, long rateMinutes, String quartzCron) {

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\(([^)]*)\\)");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    public boolean isRate() {
        return quartzCron == null;
    }

    /** The rate's period when one minute lasts {@code minute}. */
    public Duration period(Duration minute) {
        return minute.multipliedBy(rateMinutes);
    }

    public static Schedule parse(String expression) {
        String text = expression.trim();
        Matcher rate = RATE.matcher(text);
        if (rate.matches()) {
            long value;
            try {
                value = Long.parseLong(rate.group(1));
            } catch (NumberFormatException e) {
                throw invalid();
            }
            String unit = rate.group(2);
            if (value <= 0 || (value == 1) != !unit.endsWith("s")) {
                throw invalid();
            }
            long minutes = switch (unit.replaceAll("s$", "")) {
                case "minute" -> value;
                case "hour" -> value * 60;
                default -> value * 60 * 24;
            };
            return new Schedule(expression, minutes, null);
        }
        Matcher cron = CRON.matcher(text);
        if (cron.matches()) {
            String[] f = cron.group(1).trim().split("\\s+");
            if (f.length != 6) {
                throw invalid();
            }
            boolean domAny = f[2].equals("?");
            boolean dowAny = f[4].equals("?");
            if (domAny == dowAny) {
                throw invalid();
            }
            check(f[0], 0, 59, null);
            check(f[1], 0, 23, null);
            if (!domAny && !dayOfMonth(f[2])) {
                check(f[2], 1, 31, null);
            }
            check(f[3], 1, 12, MONTHS);
            if (!dowAny && !dayOfWeek(f[4])) {
                check(f[4], 1, 7, DAYS);
            }
            check(f[5], 1970, 2199, null);
            return new Schedule(expression, 0, "0 " + String.join(" ", f));
        }
        throw invalid();
    }

    private static EventsException invalid() {
        return EventsErrors.invalidParameter("ScheduleExpression", null);
    }

    /** {@code L}, {@code LW}, {@code 15W}: the special day-of-month forms. */
    private static boolean dayOfMonth(String field) {
        if (field.equals("L") || field.equals("LW")) {
            return true;
        }
        if (field.endsWith("W")) {
            int day = number(field.substring(0, field.length() - 1), null);
            if (day < 1 || day > 31) {
                throw invalid();
            }
            return true;
        }
        return false;
    }

    /** {@code 6L}, {@code FRIL}, {@code SAT#3}, {@code 2#1}: the special day-of-week forms. */
    private static boolean dayOfWeek(String field) {
        String upper = field.toUpperCase(Locale.ROOT);
        if (upper.equals("L")) {
            return true;
        }
        if (upper.endsWith("L")) {
            int day = number(upper.substring(0, upper.length() - 1), DAYS);
            if (day < 1 || day > 7) {
                throw invalid();
            }
            return true;
        }
        int hash = upper.indexOf('#');
        if (hash > 0) {
            int day = number(upper.substring(0, hash), DAYS);
            int nth = number(upper.substring(hash + 1), null);
            if (day < 1 || day > 7 || nth < 1 || nth > 5) {
                throw invalid();
            }
            return true;
        }
        return false;
    }

    /** A field of values, ranges, {@code *} and steps, separated by commas. */
    private static void check(String field, int min, int max, List<String> names) {
        for (String item : field.split(",", -1)) {
            String base = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                base = item.substring(0, slash);
                int step = number(item.substring(slash + 1), null);
                if (step < 1 || step > max) {
                    throw invalid();
                }
            }
            if (base.equals("*")) {
                continue;
            }
            int dash = base.indexOf('-');
            if (dash > 0) {
                int from = number(base.substring(0, dash), names);
                int to = number(base.substring(dash + 1), names);
                if (from < min || to > max || from > max || to < min) {
                    throw invalid();
                }
            } else {
                int value = number(base, names);
                if (value < min || value > max) {
                    throw invalid();
                }
            }
        }
    }

    /** A number, or a month or day name (JAN = 1, SUN = 1); refuses anything else. */
    private static int number(String text, List<String> names) {
        if (names != null) {
            int index = names.indexOf(text.toUpperCase(Locale.ROOT));
            if (index >= 0) {
                return index + 1;
            }
        }
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw invalid();
        }
        return Integer.parseInt(text);
    }
}
