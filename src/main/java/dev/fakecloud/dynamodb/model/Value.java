package dev.fakecloud.dynamodb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One DynamoDB attribute value, as AWS types it. Values are immutable and canonical: numbers are kept in their
 * normalised form (so equal numbers are equal values), binaries as standard Base64, sets sorted without duplicates.
 * On the wire (and in the journal) a value is the {@code AttributeValue} shape: {@code {"S": "x"}}.
 */
@JsonSerialize(using = ValueCodec.Writer.class)
@JsonDeserialize(using = ValueCodec.Reader.class)
public sealed interface Value {

    /** The type descriptor: S, N, B, BOOL, NULL, M, L, SS, NS, BS. */
    String type();

    /** An approximation of the stored size in bytes, as AWS counts it for the 400 KB item limit. */
    int size();

    record S(String value) implements Value {
        public String type() {
            return "S";
        }

        public int size() {
            return Sizes.utf8(value);
        }
    }

    /** A number in canonical text (no exponent, no trailing zeros). */
    record N(String value) implements Value {
        public String type() {
            return "N";
        }

        public BigDecimal decimal() {
            return new BigDecimal(value);
        }

        public int size() {
            return Sizes.number(value);
        }

        public static N of(BigDecimal d) {
            return new N(Numbers.canonical(d));
        }
    }

    /** Binary, as standard Base64. */
    record B(String base64) implements Value {
        public String type() {
            return "B";
        }

        public byte[] bytes() {
            return Base64.getDecoder().decode(base64);
        }

        public int size() {
            return bytes().length;
        }
    }

    record Bool(boolean value) implements Value {
        public String type() {
            return "BOOL";
        }

        public int size() {
            return 1;
        }
    }

    record Null() implements Value {
        public String type() {
            return "NULL";
        }

        public int size() {
            return 1;
        }
    }

    record M(Map<String, Value> value) implements Value {
        public M {
            value = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(value));
        }

        public String type() {
            return "M";
        }

        public int size() {
            int total = 3;
            for (Map.Entry<String, Value> e : value.entrySet()) {
                total += Sizes.utf8(e.getKey()) + e.getValue().size() + 1;
            }
            return total;
        }
    }

    record L(List<Value> value) implements Value {
        public L {
            value = List.copyOf(value);
        }

        public String type() {
            return "L";
        }

        public int size() {
            int total = 3;
            for (Value v : value) {
                total += v.size() + 1;
            }
            return total;
        }
    }

    /** SS, NS or BS: members in canonical text, sorted, distinct, never empty. */
    record Set(String type, List<String> members) implements Value {
        public Set {
            members = List.copyOf(members);
        }

        public int size() {
            int total = 0;
            for (String m : members) {
                total += switch (type) {
                    case "NS" -> Sizes.number(m);
                    case "BS" -> Base64.getDecoder().decode(m).length;
                    default -> Sizes.utf8(m);
                };
            }
            return total;
        }

        /** The scalar type of the members: S, N or B. */
        public String memberType() {
            return type.substring(0, 1);
        }

        /** A member as a scalar value. */
        public Value member(int i) {
            return Scalars.of(memberType(), members.get(i));
        }
    }
}
