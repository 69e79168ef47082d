package dev.fakecloud.s3.notify;

import dev.fakecloud.core.target.Targets;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.NotificationConfig;
import dev.fakecloud.s3.model.NotificationConfig.Destination;
import dev.fakecloud.s3.model.NotificationConfig.FilterRule;
import dev.fakecloud.s3.model.NotificationConfig.Kind;
import dev.fakecloud.s3.xml.XmlIn;
import dev.fakecloud.s3.xml.XmlOut;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * Reads and checks a {@code NotificationConfiguration} document as S3 does (ARNs, event types, filter rules, and
 * that each destination exists), and writes one back.
 */
@ApplicationScoped
public class NotificationRules {

    private static final Set<String> EVENTS = Set.of("s3:ReducedRedundancyLostObject", "s3:ObjectCreated:*",
            "s3:ObjectCreated:Put", "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy",
            "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete",
            "s3:ObjectRemoved:DeleteMarkerCreated", "s3:ObjectRestore:*", "s3:ObjectRestore:Post",
            "s3:ObjectRestore:Completed", "s3:ObjectRestore:Delete", "s3:Replication:*",
            "s3:Replication:OperationFailedReplication", "s3:Replication:OperationNotTracked",
            "s3:Replication:OperationMissedThreshold", "s3:Replication:OperationReplicatedAfterThreshold",
            "s3:LifecycleExpiration:*", "s3:LifecycleExpiration:Delete",
            "s3:LifecycleExpiration:DeleteMarkerCreated", "s3:LifecycleTransition", "s3:IntelligentTiering",
            "s3:ObjectTagging:*", "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete", "s3:ObjectAcl:Put");

    /** The element names of each kind: configuration element, ARN element, argument name in errors. */
    private record Spelling(Kind kind, String element, String arnElement, String argument, String service,
            String missing) {
    }

    private static final List<Spelling> SPELLINGS = List.of(
            new Spelling(Kind.QUEUE, "QueueConfiguration", "Queue", "Queue", "sqs",
                    "The destination queue does not exist"),
            new Spelling(Kind.TOPIC, "TopicConfiguration", "Topic", "Topic", "sns",
                    "The destination topic does not exist"),
            new Spelling(Kind.FUNCTION, "CloudFunctionConfiguration", "CloudFunction", "CloudFunction", "lambda",
                    null));

    private final Targets targets;

    public NotificationRules(Targets targets) {
        this.targets = targets;
    }

    /** The configuration a document describes; {@code validate} checks that its destinations exist. */
    public NotificationConfig read(byte[] body, boolean validate) {
        Element root = XmlIn.parse(body);
        List<Destination> destinations = new ArrayList<>();
        for (Spelling s : SPELLINGS) {
            for (Element c : XmlIn.children(root, s.element())) {
                destinations.add(destination(s, c));
            }
        }
        boolean eventBridge = XmlIn.child(root, "EventBridgeConfiguration") != null;
        if (validate) {
            checkTargets(destinations);
        }
        return new NotificationConfig(destinations, eventBridge);
    }

    private static Destination destination(Spelling s, Element c) {
        String arn = XmlIn.text(c, s.arnElement());
        if (arn == null) {
            throw S3Errors.malformedXml();
        }
        String[] parts = arn.split(":", -1);
        if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals(s.service())) {
            throw S3Errors.invalidArgument("The ARN could not be parsed", s.argument(), arn);
        }
        List<String> events = new ArrayList<>();
        for (Element e : XmlIn.children(c, "Event")) {
            String type = e.getTextContent().trim();
            if (!EVENTS.contains(type)) {
                throw S3Errors.invalidArgument("The event is not supported for notifications", "Event", type);
            }
            events.add(type);
        }
        if (events.isEmpty()) {
            throw S3Errors.malformedXml();
        }
        String id = XmlIn.text(c, "Id");
        return new Destination(id == null || id.isBlank() ? UUID.randomUUID().toString() : id, s.kind(), arn,
                events, rules(c));
    }

    private static List<FilterRule> rules(Element configuration) {
        Element filter = XmlIn.child(configuration, "Filter");
        if (filter == null) {
            return List.of();
        }
        Element key = XmlIn.child(filter, "S3Key");
        List<FilterRule> rules = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Element rule : XmlIn.children(key, "FilterRule")) {
            String name = XmlIn.text(rule, "Name");
            String value = XmlIn.text(rule, "Value");
            if (name == null || value == null) {
                throw S3Errors.malformedXml();
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("prefix") && !lower.equals("suffix")) {
                throw S3Errors.invalidArgument("filter rule name must be either prefix or suffix", "FilterRule",
                        name);
            }
            if (seen.put(lower, true) != null) {
                throw S3Errors.invalidArgument("Cannot specify more than one " + lower + " rule in a filter.",
                        "FilterRule", name);
            }
            rules.add(new FilterRule(name, value));
        }
        return rules;
    }

    private void checkTargets(List<Destination> destinations) {
        List<String> details = new ArrayList<>();
        int n = 0;
        for (Destination d : destinations) {
            if (targets.exists(d.arn())) {
                continue;
            }
            n++;
            Spelling s = SPELLINGS.stream().filter(x -> x.kind() == d.kind()).findFirst().orElseThrow();
            details.add("ArgumentName" + n);
            details.add(d.kind() == Kind.FUNCTION ? d.arn() + ", null" : d.arn());
            details.add("ArgumentValue" + n);
            details.add(s.missing() != null ? s.missing() : "Not authorized to invoke function [" + d.arn() + "]");
        }
        if (n > 0) {
            throw S3Errors.of("InvalidArgument", "Unable to validate the following destination configurations", 400,
                    details.toArray(String[]::new));
        }
    }

    public static XmlOut write(NotificationConfig config) {
        XmlOut xml = XmlOut.document("NotificationConfiguration");
        for (Spelling s : SPELLINGS) {
            for (Destination d : config.destinations()) {
                if (d.kind() != s.kind()) {
                    continue;
                }
                xml.start(s.element()).text("Id", d.id()).text(s.arnElement(), d.arn());
                d.events().forEach(e -> xml.text("Event", e));
                if (!d.rules().isEmpty()) {
                    xml.start("Filter").start("S3Key");
                    d.rules().forEach(r -> xml.start("FilterRule").text("Name", r.name()).text("Value", r.value())
                            .end());
                    xml.end().end();
                }
                xml.end();
            }
        }
        if (config.eventBridge()) {
            xml.raw("<EventBridgeConfiguration></EventBridgeConfiguration>");
        }
        return xml;
    }
}
