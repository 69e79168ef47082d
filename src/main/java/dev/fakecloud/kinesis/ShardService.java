package dev.fakecloud.kinesis;

import dev.fakecloud.core.Validation;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StreamShapes.ListShardsInput;
import dev.fakecloud.kinesis.model.StreamShapes.ListShardsOutput;
import dev.fakecloud.kinesis.model.StreamShapes.MergeShardsInput;
import dev.fakecloud.kinesis.model.StreamShapes.ShardFilter;
import dev.fakecloud.kinesis.model.StreamShapes.SplitShardInput;
import dev.fakecloud.kinesis.model.StreamShapes.StreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateShardCountInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateShardCountOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A stream's shards: listing them (with AWS's filters and tokens) and resharding. A split or a merge closes its
 * parents (still readable until their records expire) and opens children that name them; UpdateShardCount closes
 * every open shard and opens the target count, each child naming the parents its hash key range comes from.
 */
@ApplicationScoped
public class ShardService {

    static final Pattern HASH_KEY = Pattern.compile("0|([1-9]\\d{0,38})");
    static final List<String> FILTERS = List.of("AFTER_SHARD_ID", "AT_TRIM_HORIZON", "FROM_TRIM_HORIZON",
            "AT_LATEST", "AT_TIMESTAMP", "FROM_TIMESTAMP");
    private static final long TOKEN_LIFETIME_MILLIS = 300_000;

    private final StreamStore store;

    public ShardService(StreamStore store) {
        this.store = store;
    }

    ListShardsOutput list(KinesisCall call, ListShardsInput in) {
        Validation v = Validation.start().range(in.maxResults(), "maxResults", 1, 10000);
        if (in.shardFilter() != null) {
            v.required(in.shardFilter().type(), "shardFilter.type")
                    .oneOf(in.shardFilter().type(), "shardFilter.type", FILTERS);
        }
        v.throwIfInvalid();
        String streamArn;
        String after = in.exclusiveStartShardId();
        ShardFilter filter = in.shardFilter();
        if (in.nextToken() != null) {
            if (in.streamName() != null || in.streamARN() != null) {
                throw KinesisErrors.invalidArgument("NextToken and StreamName cannot be provided together.");
            }
            if (after != null) {
                throw KinesisErrors.invalidArgument("NextToken and ExclusiveStartShardId cannot be provided together.");
            }
            Token token = Token.decode(in.nextToken());
            streamArn = token.streamArn();
            after = token.lastShardId();
            filter = token.filter();
        } else {
            streamArn = StreamArns.of(call, in);
        }
        KinesisStream stream = StreamArns.require(store, call, new StreamInput(null, streamArn, null));
        Predicate<Shard> accepted = filter(stream, filter);
        int limit = in.maxResults() == null ? 1000 : Math.min(1000, in.maxResults());
        List<Shard> matching = new ArrayList<>();
        for (Shard s : stream.shards()) {
            if ((after == null || s.shardId().compareTo(after) > 0) && accepted.test(s)) {
                matching.add(s);
            }
        }
        boolean more = matching.size() > limit;
        List<Shard> page = more ? matching.subList(0, limit) : matching;
        String next = more ? new Token(stream.arn(), page.get(page.size() - 1).shardId(), filter,
                System.currentTimeMillis()).encode() : null;
        return new ListShardsOutput(page.stream().map(StreamViews::shard).toList(), next);
    }

    private static Predicate<Shard> filter(KinesisStream stream, ShardFilter filter) {
        if (filter == null) {
            return s -> true;
        }
        long now = System.currentTimeMillis();
        return switch (filter.type()) {
            case "AFTER_SHARD_ID" -> {
                if (filter.shardId() == null) {
                    throw KinesisErrors.invalidArgument("ShardId must be provided when ShardFilter type is "
                            + "AFTER_SHARD_ID.");
                }
                yield s -> s.shardId().compareTo(filter.shardId()) > 0;
            }
            case "AT_TRIM_HORIZON" -> s -> s.parentShardId() == null || stream.shard(s.parentShardId()) == null;
            case "AT_LATEST" -> Shard::open;
            case "AT_TIMESTAMP", "FROM_TIMESTAMP" -> {
                if (filter.timestamp() == null) {
                    throw KinesisErrors.invalidArgument("Timestamp must be provided when ShardFilter type is "
                            + filter.type() + ".");
                }
                long at = filter.timestamp().toEpochMilli();
                boolean from = filter.type().equals("FROM_TIMESTAMP");
                yield s -> (from || s.createdMillis() <= at || s.parentShardId() == null && at < now)
                        && (s.closedMillis() == null || s.closedMillis() > at);
            }
            default -> s -> true;
        };
    }

    /** A ListShards continuation: which stream, where the page ended, with which filter; valid five minutes. */
    private record Token(String streamArn, String lastShardId, ShardFilter filter, long issuedMillis) {

        String encode() {
            String plain = streamArn + "|" + lastShardId + "|" + issuedMillis
                    + (filter == null ? "" : "|" + filter.type() + "|" + (filter.shardId() == null ? "" : filter.shardId())
                            + "|" + (filter.timestamp() == null ? "" : filter.timestamp().toEpochMilli()));
            return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Token decode(String token) {
            String[] parts;
            try {
                parts = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            } catch (IllegalArgumentException e) {
                throw KinesisErrors.invalidArgument("Invalid NextToken.");
            }
            if (parts.length != 3 && parts.length != 6) {
                throw KinesisErrors.invalidArgument("Invalid NextToken.");
            }
            long issued;
            try {
                issued = Long.parseLong(parts[2]);
            } catch (NumberFormatException e) {
                throw KinesisErrors.invalidArgument("Invalid NextToken.");
            }
            if (System.currentTimeMillis() - issued > TOKEN_LIFETIME_MILLIS) {
                throw KinesisErrors.expiredNextToken("The timestamp on the pagination token has expired.");
            }
            ShardFilter filter = parts.length == 3 ? null : new ShardFilter(parts[3],
                    parts[4].isEmpty() ? null : parts[4],
                    parts[5].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[5])));
            return new Token(parts[0], parts[1], filter, issued);
        }
    }

    Object split(KinesisCall call, SplitShardInput in) {
        Validation.start().required(in.shardToSplit(), "shardToSplit")
                .required(in.newStartingHashKey(), "newStartingHashKey")
                .pattern(in.newStartingHashKey(), "newStartingHashKey", HASH_KEY).throwIfInvalid();
        KinesisStream stream = provisioned(call, in);
        BigInteger key = new BigInteger(in.newStartingHashKey());
        store.update(stream.arn(), s -> {
            Shard parent = openShard(s, in.shardToSplit());
            if (key.compareTo(parent.start()) <= 0 || key.compareTo(parent.end()) > 0) {
                throw KinesisErrors.invalidArgument("NewStartingHashKey " + key + " used in SplitShard() on shard "
                        + parent.shardId() + " in stream " + s.name() + " under account " + s.accountId()
                        + " is not both greater than one plus the shard's StartingHashKey " + parent.startingHashKey()
                        + " and less than the shard's EndingHashKey " + parent.endingHashKey() + ".");
            }
            return reshard(s, List.of(parent), List.of(new BigInteger[] {parent.start(), key.subtract(BigInteger.ONE)},
                    new BigInteger[] {key, parent.end()}));
        });
        return null;
    }

    Object merge(KinesisCall call, MergeShardsInput in) {
        Validation.start().required(in.shardToMerge(), "shardToMerge")
                .required(in.adjacentShardToMerge(), "adjacentShardToMerge").throwIfInvalid();
        KinesisStream stream = provisioned(call, in);
        store.update(stream.arn(), s -> {
            Shard a = openShard(s, in.shardToMerge());
            Shard b = openShard(s, in.adjacentShardToMerge());
            boolean adjacent = a.end().add(BigInteger.ONE).equals(b.start())
                    || b.end().add(BigInteger.ONE).equals(a.start());
            if (!adjacent) {
                throw KinesisErrors.invalidArgument("Shards " + a.shardId() + " and " + b.shardId() + " in stream "
                        + s.name() + " under account " + s.accountId()
                        + " are not an adjacent pair of shards eligible for merging");
            }
            BigInteger start = a.start().min(b.start());
            BigInteger end = a.end().max(b.end());
            return reshard(s, List.of(a, b), List.<BigInteger[]>of(new BigInteger[] {start, end}));
        });
        return null;
    }

    UpdateShardCountOutput updateCount(KinesisCall call, UpdateShardCountInput in) {
        Validation.start().required(in.targetShardCount(), "targetShardCount")
                .min(in.targetShardCount(), "targetShardCount", 1).required(in.scalingType(), "scalingType")
                .oneOf(in.scalingType(), "scalingType", List.of("UNIFORM_SCALING")).throwIfInvalid();
        KinesisStream stream = provisioned(call, in);
        int current = stream.openShards().size();
        int target = in.targetShardCount();
        if (target > current * 2 || target * 2 < current) {
            throw KinesisErrors.invalidArgument("UpdateShardCount failed for stream " + stream.name()
                    + " under account " + stream.accountId() + ". Cannot scale " + (target > current ? "up" : "down")
                    + " a stream " + (target > current ? "above double" : "below half") + " its current open shard count"
                    + ". Current open shard count: " + current + ", requested: " + target + ".");
        }
        if (target != current) {
            store.update(stream.arn(), s -> reshard(s, s.openShards(),
                    HashKeys.split(BigInteger.ZERO, HashKeys.MAX, target)));
        }
        return new UpdateShardCountOutput(stream.name(), current, target, stream.arn());
    }

    private KinesisStream provisioned(KinesisCall call, dev.fakecloud.kinesis.model.StreamShapes.StreamRef in) {
        KinesisStream stream = StreamArns.require(store, call, in);
        if (KinesisStream.ON_DEMAND.equals(stream.mode())) {
            throw KinesisErrors.validation("This operation is not supported for streams in ON_DEMAND mode: "
                    + stream.arn());
        }
        return stream;
    }

    private static Shard openShard(KinesisStream s, String shardId) {
        Shard shard = s.shard(shardId);
        if (shard == null) {
            throw KinesisErrors.shardNotFound(shardId, s.name(), s.accountId());
        }
        if (!shard.open()) {
            throw KinesisErrors.invalidArgument("Shard " + shardId + " in stream " + s.name() + " under account "
                    + s.accountId() + " has already been merged or split, and thus is not eligible for merging or"
                    + " splitting.");
        }
        return shard;
    }

    /**
     * Closes {@code parents} at their last sequence number and opens one child per range; each child's parent is
     * the parent holding its starting hash key, its adjacent parent another parent its range overlaps.
     */
    private KinesisStream reshard(KinesisStream s, List<Shard> parents, List<BigInteger[]> ranges) {
        long now = System.currentTimeMillis();
        long floor = store.counterFloor();
        return s.with(b -> {
            List<Shard> shards = new ArrayList<>(b.shards);
            for (Shard p : parents) {
                var last = store.last(s.arn(), p.shardId());
                String end = last != null ? last.sequenceNumber() : SequenceNumbers.of(p.index(), floor);
                shards.set(shards.indexOf(p), p.closed(end, now));
            }
            int index = b.nextShardIndex;
            for (BigInteger[] range : ranges) {
                List<Shard> overlapping = parents.stream()
                        .filter(p -> p.start().compareTo(range[1]) <= 0 && p.end().compareTo(range[0]) >= 0)
                        .sorted(Comparator.comparing(Shard::start)).toList();
                Shard parent = overlapping.stream().filter(p -> p.covers(range[0])).findFirst()
                        .orElse(overlapping.isEmpty() ? null : overlapping.get(0));
                Shard adjacent = overlapping.stream().filter(p -> p != parent).findFirst().orElse(null);
                shards.add(new Shard(Shard.id(index), index, parent == null ? null : parent.shardId(),
                        adjacent == null ? null : adjacent.shardId(), range[0].toString(), range[1].toString(),
                        SequenceNumbers.of(index, floor + 1), null, now, null));
                index++;
            }
            b.shards = shards;
            b.nextShardIndex = index;
            return b;
        });
    }
}
